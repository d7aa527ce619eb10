import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { findPost } from "@/lib/plans/find-post";
import { assertMayApprove } from "./approval-policy";
import { msg } from "@/lib/i18n/render-text";

/**
 * PATCH /api/posts/{id} with a status obeys the same review rules as the review route and the bulk approval.
 * A request that also rewrites the text makes its sender the text's last editor before it approves it.
 */
export async function assertMaySetStatus({
  db,
  workspaceId,
  userId,
  role,
  id,
  status,
  body,
}: {
  db: Db;
  workspaceId: string;
  userId: string | null;
  role: Role;
  id: string;
  status: string | undefined;
  body?: string;
}) {
  if (status !== "approved") return;
  const [ws, post] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId } }),
    findPost(db, workspaceId, id),
  ]);
  const rewrites = body !== undefined && body !== post.body;
  const lastEditorId = rewrites ? userId : post.lastEditorId;
  assertMayApprove({ approvalRequired: ws.approvalRequired, role, userId, lastEditorId });
  if (ws.approvalRequired && post.status !== "in_review") {
    throw new AppError("conflict", msg("errors.review.submitFirst"));
  }
}
