import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { deleteReply } from "@/lib/listening/delete-reply";
import { editReply } from "@/lib/listening/edit-reply";
import { replyEditInput } from "@/lib/schemas/listening";
import { orchestratorDeps } from "@/lib/wiring/orchestration-deps";

export type DeletedReplyResponse = JsonOf<typeof deleteReply>;
export type EditedReplyResponse = JsonOf<typeof editReply>;

/** Changes the reply's text on the network (LinkedIn, Facebook), so editors and up, as for sending it. */
export const PATCH = withAuth<{ id: string; replyId: string }>(
  async ({ req, db, auth, params }) => {
    const { text } = await readJson(req, replyEditInput);
    const { channels, clock } = orchestratorDeps(db);
    return json(
      await editReply({
        db,
        actor: auth.actor,
        channels,
        now: clock,
        commentId: params.id,
        replyId: params.replyId,
        text,
      }),
    );
  },
  { role: "editor" },
);

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
