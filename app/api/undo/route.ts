import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { undoChange } from "@/lib/history/undo-change";
import { undoSchema } from "@/lib/schemas/history";

export type UndoneResponse = JsonOf<typeof undoChange>;

export const POST = withAuth(
  async ({ req, db, auth, now }) => {
    const { change_id } = await readJson(req, undoSchema);
    return json(await undoChange({ db, actor: auth.actor, role: auth.role, changeId: change_id, now }));
  },
  { role: "editor" },
);
