import type { Db } from "@/lib/db";

export async function getWorkspaceSettings({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const ws = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  return { slug: ws.slug, name: ws.name, approval_required: ws.approvalRequired };
}
