import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { msg } from "@/lib/i18n/render-text";

/**
 * Who may sign off a post. With approval off, an editor approves as before. With it on, only owners and
 * approvers may, only a signed-in person (an API token is nobody's second pair of eyes), and never the
 * person who wrote the version under review.
 */
export function assertMayApprove({
  approvalRequired,
  role,
  userId,
  lastEditorId,
}: {
  approvalRequired: boolean;
  role: Role;
  userId: string | null;
  lastEditorId: string | null;
}) {
  if (!approvalRequired) {
    if (!roleAtLeast(role, "editor")) throw new AppError("forbidden", msg("errors.review.needsEditor", { role }));
    return;
  }
  if (!roleAtLeast(role, "approver")) {
    throw new AppError("forbidden", msg("errors.review.needsApprover", { role }));
  }
  if (!userId) throw new AppError("forbidden", msg("errors.review.personApproves"));
  if (lastEditorId === userId) {
    throw new AppError("forbidden", msg("errors.review.selfApproval"));
  }
}
