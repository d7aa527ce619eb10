import { json, withAuth } from "@/lib/http";
import { restoreSavedReply } from "@/lib/listening/saved-replies";

export const POST = withAuth<{ id: string }>(
  async ({ db, auth, params }) => json(await restoreSavedReply(db, auth.actor, params.id)),
  { role: "editor" },
);
