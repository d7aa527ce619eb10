import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { sinceDays } from "./scope-sql";
import type { RunScope } from "./types";

/** Approved posts that fell out of the catch-up window stay visible as missed instead of being published late. */
export async function markMissed(db: Db, scope: Omit<RunScope, "date">, now: Date): Promise<number> {
  const base = Prisma.sql`p.status = 'approved' AND p."archivedAt" IS NULL
    AND p.date < ((${now}::timestamptz AT TIME ZONE b.timezone)::date - ${scope.catchupDays}::int)
    AND p.date >= ((${now}::timestamptz AT TIME ZONE b.timezone)::date - 60)
    -- the same window, wider, on the indexed instant (see scopeConditions)
    AND p."scheduledAt" >= ${sinceDays(now, 62)} AND p."scheduledAt" < ${sinceDays(now, scope.catchupDays - 1)}
    ${scope.workspaceId ? Prisma.sql`AND b."workspaceId" = ${scope.workspaceId}` : Prisma.empty}
    ${scope.brandIds?.length ? Prisma.sql`AND b.id IN (${Prisma.join(scope.brandIds)})` : Prisma.empty}`;
  const inserted = await db.$executeRaw(Prisma.sql`
    INSERT INTO "Publication" (id, "postId", "brandId", platform, date, state, "contentHash", "lastError", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, p.id, p."brandId", p.platform, p.date, 'missed', p."contentHash",
           'Not published within the catch-up window', ${now}, ${now}
    FROM "Post" p JOIN "Brand" b ON b.id = p."brandId"
    WHERE ${base}
    ON CONFLICT ("postId") DO NOTHING`);
  const updated = await db.$executeRaw(Prisma.sql`
    UPDATE "Publication" l SET state = 'missed', "lastError" = 'Not published within the catch-up window', "updatedAt" = ${now}
    FROM "Post" p JOIN "Brand" b ON b.id = p."brandId"
    WHERE l."postId" = p.id AND l.state IN ('pending', 'failed') AND l."failureClass" IS DISTINCT FROM 'rejected' AND ${base}`);
  return inserted + updated;
}
