import type { Db } from "@/lib/db";
import type { Brand } from "@/lib/generated/prisma/client";

/**
 * Exact, case-insensitive name match. Prisma's `mode: "insensitive"` becomes ILIKE, where `%` and `_` are
 * wildcards, so "%" would match any brand; lower() = lower() has no pattern characters.
 */
export async function findBrandByName(db: Db, workspaceId: string, name: string): Promise<Brand | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Brand" WHERE "workspaceId" = ${workspaceId} AND lower(name) = lower(${name})
    ORDER BY "createdAt" ASC LIMIT 1`;
  return rows[0] ? db.brand.findUnique({ where: { id: rows[0].id } }) : null;
}
