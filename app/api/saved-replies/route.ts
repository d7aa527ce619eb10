import { json, readJson, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { createSavedReply, listSavedReplies } from "@/lib/listening/saved-replies";
import { savedRepliesQuery, savedReplyInput } from "@/lib/schemas/listening";

export type SavedRepliesResponse = JsonOf<typeof listSavedReplies>;
export type SavedReplyResponse = JsonOf<typeof createSavedReply>;

export const GET = withAuth(async ({ req, db, auth }) =>
  json(await listSavedReplies(db, auth.workspaceId, readQuery(req, savedRepliesQuery))),
);

/** Saved replies are written in the brand's name, so editors and up, as for replying. */
export const POST = withAuth(
  async ({ req, db, auth }) => json(await createSavedReply(db, auth.actor, await readJson(req, savedReplyInput)), 201),
  { role: "editor" },
);
