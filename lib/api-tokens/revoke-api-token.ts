import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function revokeApiToken({
  db,
  workspaceId,
  id,
  now,
}: {
  db: Db;
  workspaceId: string;
  id: string;
  now: Date;
}) {
  const { count } = await db.apiToken.updateMany({
    where: { id, workspaceId, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw notFound("API token");
}
