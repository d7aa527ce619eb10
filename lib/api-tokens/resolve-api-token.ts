import { sqlPool, type Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { lowerRole } from "@/lib/workspaces/roles";
import { hashApiToken, TOKEN_PREFIX } from "./token-hash";

// Every token request reads this: the token and its maker's membership in one statement.
const TOKEN_SQL = `
  SELECT t.id, t."workspaceId", t.role::text AS role, t.name, t."createdById", m.role::text AS member_role
  FROM "ApiToken" t
  LEFT JOIN "Membership" m ON m."userId" = t."createdById" AND m."workspaceId" = t."workspaceId"
  WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL`;

interface TokenRow {
  id: string;
  workspaceId: string;
  role: Role;
  name: string;
  createdById: string | null;
  member_role: Role | null;
}

/**
 * The workspace and role a bearer token acts with. A token a member created acts at most with that member's
 * role today, and not at all once they have left the workspace (removal also revokes it).
 */
export async function resolveApiToken({ db, token, now }: { db: Db; token: string; now: Date }) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const { rows } = await sqlPool(db).query<TokenRow>(TOKEN_SQL, [hashApiToken(token)]);
  const row = rows[0];
  if (!row) return null;
  if (row.createdById && !row.member_role) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  const role = row.member_role ? lowerRole(row.role, row.member_role) : row.role;
  return { tokenId: row.id, workspaceId: row.workspaceId, role, name: row.name, makerId: row.createdById };
}
