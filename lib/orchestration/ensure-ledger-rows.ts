import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { scopeConditions } from "./scope-sql";
import type { RunScope } from "./types";

/**
 * Statements that write a day's rows side by side, each its own share of the posts. One statement
 * keeps one database process busy while the rest wait: on a large day this insert was a tenth of the run.
 */
const SHARES = 2;

/** One ledger row per approved post; the unique postId makes concurrent runs converge on the same row. */
export async function ensureLedgerRows(db: Db, scope: RunScope, now: Date): Promise<number> {
  const written = await Promise.all(
    Array.from({ length: SHARES }, (_, share) =>
      db.$executeRaw(Prisma.sql`
        INSERT INTO "Publication" (id, "postId", "brandId", platform, date, state, "contentHash", "createdAt", "updatedAt")
        SELECT gen_random_uuid()::text, p.id, p."brandId", p.platform, p.date, 'pending', p."contentHash", ${now}, ${now}
        FROM "Post" p JOIN "Brand" b ON b.id = p."brandId"
        WHERE p.status = 'approved' AND ${scopeConditions(scope, now)} AND abs(hashtext(p.id)) % ${SHARES} = ${share}
        ON CONFLICT ("postId") DO NOTHING`),
    ),
  );
  return written.reduce((sum, n) => sum + n, 0);
}
