import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { roleAtLeast } from "@/lib/workspaces/roles";

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
    if (!roleAtLeast(role, "editor"))
      throw new AppError("forbidden", `Approving needs the editor role; you are ${role}.`);
    return;
  }
  if (!roleAtLeast(role, "approver")) {
    throw new AppError(
      "forbidden",
      `This workspace requires review: only approvers and owners approve; you are ${role}.`,
    );
  }
  if (!userId)
    throw new AppError(
      "forbidden",
      "With approval required, a person approves: sign in instead of using an API token.",
    );
  if (lastEditorId === userId) {
    throw new AppError(
      "forbidden",
      "You edited this version yourself, and this workspace requires a second person to approve it. Ask another approver.",
    );
  }
}
