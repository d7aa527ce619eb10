import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { workspaceSettingsSchema } from "@/lib/schemas/team";
import { getWorkspaceSettings } from "@/lib/team/get-workspace-settings";
import { updateWorkspaceSettings } from "@/lib/team/update-workspace-settings";

export type WorkspaceSettingsResponse = JsonOf<typeof getWorkspaceSettings>;
export type UpdatedWorkspaceSettingsResponse = JsonOf<typeof updateWorkspaceSettings>;

export const GET = withAuth(async ({ db, auth }) =>
  json(await getWorkspaceSettings({ db, workspaceId: auth.workspaceId })),
);

export const PATCH = withAuth(
  async ({ req, db, auth }) => {
    const input = await readJson(req, workspaceSettingsSchema);
    return json(await updateWorkspaceSettings({ db, actor: auth.actor, approvalRequired: input.approval_required }));
  },
  { role: "owner" },
);
