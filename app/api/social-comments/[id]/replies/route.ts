import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { replyToComment } from "@/lib/listening/reply-to-comment";
import { replyInput } from "@/lib/schemas/listening";
import { orchestratorDeps } from "@/lib/wiring/orchestration-deps";

export type ReplyResponse = JsonOf<typeof replyToComment>;

/** Answers in the brand's name, so editors and up; sending the same key again never sends twice. */
export const POST = withAuth<{ id: string }>(
  async ({ req, db, auth, params }) => {
    const { text, key } = await readJson(req, replyInput);
    const { channels, clock } = orchestratorDeps(db);
    const reply = await replyToComment({
      db,
      actor: auth.actor,
      channels,
      now: clock,
      commentId: params.id,
      text,
      key,
    });
    return json(reply, reply.state === "sent" ? 201 : 200);
  },
  { role: "editor" },
);
