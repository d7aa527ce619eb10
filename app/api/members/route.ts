import { json, withAuth, type JsonOf } from "@/lib/http";
import { listMembers } from "@/lib/team/list-members";

export type MembersResponse = { members: JsonOf<typeof listMembers> };

/** Every member can list the team (mentions need it); only owners change it. */
export const GET = withAuth(async ({ db, auth }) =>
  json({ members: await listMembers({ db, workspaceId: auth.workspaceId }) }),
);
