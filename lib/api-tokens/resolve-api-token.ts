import type { Db } from "@/lib/db";
import { lowerRole } from "@/lib/workspaces/roles";
import { hashApiToken, TOKEN_PREFIX } from "./token-hash";

/**
 * The workspace and role a bearer token acts with. A token a member created acts at most with that member's
 * role today, and not at all once they have left the workspace (removal also revokes it).
 */
export async function resolveApiToken({ db, token, now }: { db: Db; token: string; now: Date }) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  if (!row || row.revokedAt) return null;
  let role = row.role;
  if (row.createdById) {
    const member = await db.membership.findUnique({
      where: { userId_workspaceId: { userId: row.createdById, workspaceId: row.workspaceId } },
      select: { role: true },
    });
    if (!member) return null;
    role = lowerRole(role, member.role);
  }
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { tokenId: row.id, workspaceId: row.workspaceId, role, name: row.name };
}
