import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { scopeConditions } from "./scope-sql";
import type { RunScope } from "./types";

/** One ledger row per approved post; the unique postId makes concurrent runs converge on the same row. */
export async function ensureLedgerRows(db: Db, scope: RunScope, now: Date): Promise<number> {
  return db.$executeRaw(Prisma.sql`
    INSERT INTO "Publication" (id, "postId", "brandId", platform, date, state, "contentHash", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, p.id, p."brandId", p.platform, p.date, 'pending', p."contentHash", ${now}, ${now}
    FROM "Post" p JOIN "Brand" b ON b.id = p."brandId"
    WHERE p.status = 'approved' AND ${scopeConditions(scope, now)}
    ON CONFLICT ("postId") DO NOTHING`);
}
