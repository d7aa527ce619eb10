import { json, readJson, withAuth } from "@/lib/http";
import { deleteSavedReply, updateSavedReply } from "@/lib/listening/saved-replies";
import { savedReplyPatch } from "@/lib/schemas/listening";

export const PATCH = withAuth<{ id: string }>(
  async ({ req, db, auth, params }) =>
    json(await updateSavedReply(db, auth.actor, params.id, await readJson(req, savedReplyPatch))),
  { role: "editor" },
);

/** Takes it off the list; POST …/restore brings it back. */
export const DELETE = withAuth<{ id: string }>(
  async ({ db, auth, params, now }) => json(await deleteSavedReply(db, auth.actor, params.id, now)),
  { role: "editor" },
);
