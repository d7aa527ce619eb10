import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/notifications/notify-context";
import { msg } from "@/lib/i18n/render-text";

/**
 * Locks the workspace's owner rows, so two owners demoting each other at the same moment cannot
 * both succeed and leave the workspace without an owner.
 */
export async function assertNotLastOwner(tx: Tx, workspaceId: string, userId: string, what: string) {
  const owners = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND role = 'owner' FOR UPDATE`;
  if (owners.length <= 1 && owners.some((o) => o.userId === userId)) {
    throw new AppError("conflict", msg("errors.team.lastOwner", { what }), [
      { path: "role", message: msg("errors.detail.lastOwner") },
    ]);
  }
}
