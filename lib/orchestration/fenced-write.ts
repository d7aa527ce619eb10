import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FailureClass, LedgerState, PostStatus } from "@/lib/generated/prisma/enums";
import type { Claim } from "./claim-publications";

export class LeaseLost extends Error {
  constructor(id: string) {
    super(`Lease lost on publication ${id}: a newer attempt owns it`);
  }
}

export interface AttemptRecord {
  runId: string | null;
  outcome: string;
  failureClass?: FailureClass | null;
  httpStatus?: number | null;
  responseExcerpt?: string | null;
  startedAt: Date;
  finishedAt: Date;
}

/**
 * Marks a whole claimed batch `sending` in one statement, just before the sends; returns the ids this
 * batch still owns (a row whose lease was taken over is left alone).
 */
export async function markBatchSending(db: Db, claims: Claim[], now: Date): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    UPDATE "Publication" l SET state = 'sending', "updatedAt" = ${now}
    FROM (SELECT unnest(${claims.map((c) => c.id)}::text[]) AS id, unnest(${claims.map((c) => c.attempt)}::int[]) AS attempt) c
    WHERE l.id = c.id AND l.attempt = c.attempt AND l.state = 'claimed'
    RETURNING l.id`);
  return new Set(rows.map((r) => r.id));
}

/** Moves a claimed row to `sending` only if this claim still owns it. */
export async function markSending(db: Db, claim: Claim, now: Date): Promise<void> {
  const count = await db.$executeRaw`
    UPDATE "Publication" SET state = 'sending', "updatedAt" = ${now}
    WHERE id = ${claim.id} AND attempt = ${claim.attempt} AND state = 'claimed'`;
  if (count === 0) throw new LeaseLost(claim.id);
}

export interface LedgerUpdate {
  state: LedgerState;
  remoteId?: string | null;
  remoteUrl?: string | null;
  publishedAt?: Date | null;
  failureClass?: FailureClass | null;
  lastError?: string | null;
  nextAttemptAt?: Date | null;
}

/**
 * The ledger row, the attempt log and the post's status change in one statement, and only when
 * the attempt number still matches: a worker whose lease expired changes nothing. One round trip
 * also means the remote id is durable the moment this returns.
 */
export async function finishAttempt(
  db: Db,
  claim: Claim,
  data: LedgerUpdate,
  attempt: AttemptRecord,
  postStatus: PostStatus | null,
): Promise<void> {
  const at = attempt.finishedAt;
  const rows = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
    WITH l AS (
      UPDATE "Publication" SET state = ${data.state}::"LedgerState", "remoteId" = ${data.remoteId ?? null}, "remoteUrl" = ${data.remoteUrl ?? null},
        "publishedAt" = ${data.publishedAt ?? null}, "failureClass" = ${data.failureClass ?? null}::"FailureClass",
        "lastError" = ${data.lastError ?? null}, "nextAttemptAt" = ${data.nextAttemptAt ?? null},
        "leaseOwner" = NULL, "leaseUntil" = NULL, "updatedAt" = ${at}
      WHERE id = ${claim.id} AND attempt = ${claim.attempt} AND state IN ('claimed', 'sending')
      RETURNING id, "postId"
    ), a AS (
      INSERT INTO "PublishAttempt" (id, "publicationId", "runId", attempt, outcome, "failureClass", "httpStatus", "responseExcerpt", "startedAt", "finishedAt")
      SELECT gen_random_uuid()::text, l.id, ${attempt.runId}, ${claim.attempt}, ${attempt.outcome}, ${attempt.failureClass ?? null}::"FailureClass",
             ${attempt.httpStatus ?? null}::int, ${attempt.responseExcerpt?.slice(0, 2000) ?? null}, ${attempt.startedAt}, ${at}
      FROM l RETURNING 1
    ), p AS (
      UPDATE "Post" SET status = ${postStatus ?? "approved"}::"PostStatus", "updatedAt" = ${at}
      FROM l WHERE "Post".id = l."postId" AND ${postStatus !== null}
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM l)::int AS n`);
  if (rows[0].n === 0) throw new LeaseLost(claim.id);
}
