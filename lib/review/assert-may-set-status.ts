import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { findPost } from "@/lib/plans/find-post";
import { assertMayApprove } from "./approval-policy";
import { msg } from "@/lib/i18n/render-text";

/** PATCH /api/posts/{id} with a status obeys the same review rules as the review route and the bulk approval. */
export async function assertMaySetStatus({
  db,
  workspaceId,
  userId,
  role,
  id,
  status,
}: {
  db: Db;
  workspaceId: string;
  userId: string | null;
  role: Role;
  id: string;
  status: string | undefined;
}) {
  if (status !== "approved") return;
  const [ws, post] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId } }),
    findPost(db, workspaceId, id),
  ]);
  assertMayApprove({ approvalRequired: ws.approvalRequired, role, userId, lastEditorId: post.lastEditorId });
  if (ws.approvalRequired && post.status !== "in_review") {
    throw new AppError("conflict", msg("errors.review.submitFirst"));
  }
}
