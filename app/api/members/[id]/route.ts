import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { updateMemberSchema } from "@/lib/schemas/team";
import { removeMember } from "@/lib/team/remove-member";
import { updateMemberRole } from "@/lib/team/update-member-role";

export type UpdatedMemberResponse = JsonOf<typeof updateMemberRole>;
export type RemovedMemberResponse = JsonOf<typeof removeMember>;

type P = { id: string };

export const PATCH = withAuth<P>(
  async ({ req, db, auth, params }) => {
    const { role } = await readJson(req, updateMemberSchema);
    return json(await updateMemberRole({ db, actor: auth.actor, userId: params.id, role }));
  },
  { role: "owner" },
);

export const DELETE = withAuth<P>(
  async ({ db, auth, params }) => json(await removeMember({ db, actor: auth.actor, userId: params.id })),
  { role: "owner" },
);
