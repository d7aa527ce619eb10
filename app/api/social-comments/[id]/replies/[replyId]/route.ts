import { json, withAuth, type JsonOf } from "@/lib/http";
import { deleteReply } from "@/lib/listening/delete-reply";
import { orchestratorDeps } from "@/lib/wiring/orchestration-deps";

export type DeletedReplyResponse = JsonOf<typeof deleteReply>;

/** Takes the brand's reply down from the network, so editors and up, as for sending it; safe to repeat. */
export const DELETE = withAuth<{ id: string; replyId: string }>(
  async ({ db, auth, params }) => {
    const { channels, clock } = orchestratorDeps(db);
    return json(
      await deleteReply({ db, actor: auth.actor, channels, now: clock, commentId: params.id, replyId: params.replyId }),
    );
  },
  { role: "editor" },
);
