import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { scopeConditions } from "./scope-sql";
import type { PostNetwork, RunScope } from "./types";

export interface Claim {
  id: string;
  attempt: number;
  postId: string;
  brandId: string;
  platform: PostNetwork;
  prevState: string;
  prevFailureClass: string | null;
}

const ELIGIBLE = (now: Date) => Prisma.sql`(
  (l.state = 'pending' AND p.status = 'approved')
  OR (l.state = 'failed' AND l."failureClass" = 'retryable' AND l."nextAttemptAt" <= ${now} AND p.status IN ('approved', 'failed'))
  OR (l.state = 'unknown' AND (l."nextAttemptAt" IS NULL OR l."nextAttemptAt" <= ${now}))
  OR (l.state IN ('claimed', 'sending') AND l."leaseUntil" < ${now})
)`;

/**
 * Claims up to `limit` rows. In a due-only scope a pending row waits for its post's time (a post moved
 * later keeps its ledger row); rows already under way or being retried are never held back. SKIP LOCKED lets concurrent runs share the work without waiting,
 * and the incremented attempt number fences every later write of this claim.
 */
export async function claimPublications(
  db: Db,
  scope: RunScope,
  opts: { now: Date; limit: number; workerId: string; leaseMs: number },
): Promise<Claim[]> {
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  const rows = await db.$queryRaw<
    {
      id: string;
      attempt: number;
      postId: string;
      brandId: string;
      platform: string;
      prev_state: string;
      prev_class: string | null;
    }[]
  >(Prisma.sql`
    WITH c AS (
      SELECT l.id, l.state AS prev_state, l."failureClass" AS prev_class
      FROM "Publication" l
      JOIN "Post" p ON p.id = l."postId"
      JOIN "Brand" b ON b.id = l."brandId"
      WHERE ${scopeConditions({ ...scope, dueOnly: false }, opts.now)} AND ${ELIGIBLE(opts.now)}
        AND ${scope.dueOnly ? Prisma.sql`(l.state <> 'pending' OR p."scheduledAt" <= ${opts.now})` : Prisma.sql`TRUE`}
      LIMIT ${opts.limit}
      FOR UPDATE OF l SKIP LOCKED
    )
    UPDATE "Publication" l
    SET state = 'claimed', attempt = l.attempt + 1, "leaseOwner" = ${opts.workerId},
        "leaseUntil" = ${leaseUntil}, "updatedAt" = ${opts.now}
    FROM c WHERE l.id = c.id
    RETURNING l.id, l.attempt, l."postId", l."brandId", l.platform::text AS platform,
              c.prev_state::text AS prev_state, c.prev_class::text AS prev_class`);
  return rows.map((r) => ({
    id: r.id,
    attempt: r.attempt,
    postId: r.postId,
    brandId: r.brandId,
    platform: r.platform as PostNetwork,
    prevState: r.prev_state,
    prevFailureClass: r.prev_class,
  }));
}
