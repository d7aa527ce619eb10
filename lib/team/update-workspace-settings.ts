import type { Db } from "@/lib/db";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { getWorkspaceSettings } from "./get-workspace-settings";

export async function updateWorkspaceSettings({
  db,
  actor,
  approvalRequired,
}: {
  db: Db;
  actor: Actor;
  approvalRequired: boolean;
}) {
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: actor.workspaceId }, data: { approvalRequired } });
    await recordEvent(tx, actor, {
      action: "workspace.settings",
      entityType: "workspace",
      entityId: actor.workspaceId,
      data: { approval_required: approvalRequired },
    });
  });
  return getWorkspaceSettings({ db, workspaceId: actor.workspaceId });
}
