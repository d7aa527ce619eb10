import type { Db } from "@/lib/db";
import { hashApiToken, TOKEN_PREFIX } from "./token-hash";

export async function resolveApiToken({ db, token, now }: { db: Db; token: string; now: Date }) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  if (!row || row.revokedAt) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { tokenId: row.id, workspaceId: row.workspaceId, role: row.role, name: row.name };
}
