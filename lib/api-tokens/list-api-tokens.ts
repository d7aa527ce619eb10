import type { Db } from "@/lib/db";

/** The workspace's tokens, newest first, in the API's snake_case; never their secrets. */
export async function listApiTokens({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const rows = await db.apiToken.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, role: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    prefix: r.prefix,
    created_at: r.createdAt,
    last_used_at: r.lastUsedAt,
    revoked_at: r.revokedAt,
  }));
}
