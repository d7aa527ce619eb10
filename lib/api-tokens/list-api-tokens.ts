import type { Db } from "@/lib/db";

export function listApiTokens({ db, workspaceId }: { db: Db; workspaceId: string }) {
  return db.apiToken.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, role: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
