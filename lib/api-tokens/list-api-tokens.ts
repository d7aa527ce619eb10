import type { Db } from "@/lib/db";
import { lowerRole } from "@/lib/workspaces/roles";
import { newestFirst, olderThan, pageOf } from "@/lib/pagination/keyset-cursor";

/**
 * The workspace's tokens, newest first, in the API's snake_case; never their secrets. `acts_as` is what a
 * token can do today: a member's token is capped by that member's role now (null once they have left).
 * A page at a time: revoked tokens stay listed, so the list only grows.
 */
export async function listApiTokens({
  db,
  workspaceId,
  limit,
  cursor,
}: {
  db: Db;
  workspaceId: string;
  limit: number;
  cursor?: string;
}) {
  const found = await db.apiToken.findMany({
    where: { workspaceId, ...olderThan(cursor) },
    orderBy: newestFirst(),
    take: limit + 1,
    select: {
      id: true,
      name: true,
      role: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdById: true,
    },
  });
  const { page: rows, next_cursor } = pageOf(found, limit);
  const makers = [...new Set(rows.map((r) => r.createdById).filter((x): x is string => !!x))];
  const members = await db.membership.findMany({ where: { workspaceId, userId: { in: makers } } });
  const roleOf = new Map(members.map((m) => [m.userId, m.role]));
  const tokens = rows.map((r) => {
    const maker = r.createdById ? roleOf.get(r.createdById) : undefined;
    return {
      id: r.id,
      name: r.name,
      role: r.role,
      acts_as: !r.createdById ? r.role : maker ? lowerRole(r.role, maker) : null,
      prefix: r.prefix,
      created_at: r.createdAt,
      last_used_at: r.lastUsedAt,
      revoked_at: r.revokedAt,
    };
  });
  return { tokens, next_cursor };
}
