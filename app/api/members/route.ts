import { json, withAuth } from "@/lib/http";
import { listMembers } from "@/lib/team/list-members";

/** Every member can list the team (mentions need it); only owners change it. */
export const GET = withAuth(async ({ db, auth }) =>
  json({ members: await listMembers({ db, workspaceId: auth.workspaceId }) }),
);
