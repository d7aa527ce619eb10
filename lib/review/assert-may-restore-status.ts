import type { Db } from "@/lib/db";
import type { PostStatus, Role } from "@/lib/generated/prisma/enums";
import { assertMayApprove } from "./approval-policy";

/**
 * Putting a post back to an earlier version (Undo, History's Restore) puts back its status too: bringing
 * back "approved" is an approval, and obeys the same rule as approving it directly.
 */
export async function assertMayRestoreStatus(
  db: Pick<Db, "workspace">,
  who: { workspaceId: string; role: Role; userId: string | null },
  posts: { status: PostStatus; restored: PostStatus; lastEditorId: string | null }[],
) {
  const approving = posts.filter((p) => p.restored === "approved" && p.status !== "approved");
  if (approving.length === 0) return;
  const { approvalRequired } = await db.workspace.findUniqueOrThrow({
    where: { id: who.workspaceId },
    select: { approvalRequired: true },
  });
  for (const p of approving)
    assertMayApprove({ approvalRequired, role: who.role, userId: who.userId, lastEditorId: p.lastEditorId });
}
