import { type Db, preparedQuery } from "@/lib/db";

/**
 * A run from before runs had a lease of their own never renewed one: it counts as alive for an hour after
 * it started, far longer than any run's deadline, and then as abandoned like the others.
 */
const UNLEASED_RUN_MS = 60 * 60_000;

export const ABANDONED_EXCERPT =
  "The run stopped (its process ended) while this post was being sent, so the network's answer was never " +
  "read. The post may or may not be live: the next run checks the network before it sends anything again.";

/**
 * Closes the runs that can no longer be alive: still `running`, their own lease (keepRunAlive) run out,
 * and no ledger row still leased in their name (keepLeases renews those while any send is in flight). A
 * run that is working renews both, so it is never closed. Each send it left `sending` gets the attempt row
 * its process died before writing, with the same attempt number; the ledger row itself is left alone:
 * its attempt number still fences every write, and the next run's claim reconciles it first.
 * Returns the ids of the runs closed.
 */
export async function closeAbandonedRuns(db: Db, now: Date): Promise<string[]> {
  // The cheap question first: almost always no run is overdue, and the ledger is never read.
  const overdue = await db.orchestratorRun.findMany({
    where: {
      status: "running",
      OR: [
        { leaseUntil: { lt: now } },
        { leaseUntil: null, startedAt: { lt: new Date(now.getTime() - UNLEASED_RUN_MS) } },
      ],
    },
    select: { id: true },
  });
  if (overdue.length === 0) return [];
  // One statement, its run rows locked: two runs starting together close a run, and write its rows, once.
  const { rows } = await preparedQuery<{ id: string }>(
    db,
    `WITH dead AS (
       SELECT r.id, r."leaseOwner", r."startedAt" FROM "OrchestratorRun" r
       WHERE r.id = ANY($1::text[]) AND r.status = 'running'
         AND COALESCE(r."leaseUntil", r."startedAt" + make_interval(secs => $3::int / 1000)) < $2
         AND NOT EXISTS (
           SELECT 1 FROM "Publication" l
           WHERE l."leaseOwner" = r."leaseOwner" AND l.state IN ('claimed', 'sending') AND l."leaseUntil" >= $2)
       FOR UPDATE OF r SKIP LOCKED
     ), closed AS (
       UPDATE "OrchestratorRun" r SET status = 'abandoned', "finishedAt" = $2, "leaseUntil" = NULL
       FROM dead WHERE r.id = dead.id
       RETURNING r.id, dead."leaseOwner", dead."startedAt"
     ), attempts AS (
       INSERT INTO "PublishAttempt" (id, "publicationId", "runId", attempt, outcome, "responseExcerpt", "startedAt", "finishedAt")
       SELECT gen_random_uuid()::text, l.id, c.id, l.attempt, 'abandoned', $4, l."updatedAt", $2
       FROM closed c JOIN "Publication" l
         ON l."leaseOwner" = c."leaseOwner" AND l.state = 'sending' AND l."updatedAt" >= c."startedAt"
       WHERE NOT EXISTS (SELECT 1 FROM "PublishAttempt" a WHERE a."publicationId" = l.id AND a.attempt = l.attempt)
     )
     SELECT id FROM closed`,
    [overdue.map((r) => r.id), now, UNLEASED_RUN_MS, ABANDONED_EXCERPT],
  );
  return rows.map((r) => r.id);
}

/** What a starting run calls: closing dead runs is bookkeeping, and a failure only waits for the next run. */
export async function closeAbandoned(db: Db, now: Date): Promise<void> {
  try {
    await closeAbandonedRuns(db, now);
  } catch (err) {
    console.error("[run] closing abandoned runs failed; the next run tries again", err);
  }
}
