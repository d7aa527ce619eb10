import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { shiftInstant } from "@/lib/dates/days";

const PUBLISH_RUNS_KEPT_DAYS = 7;

/**
 * Deletes attempts, snapshots, signals, listened comments, competitor posts and runs older than the retention window. A published post's
 * identity (its ledger row) and its latest snapshot (its totals) are always kept.
 */
export async function cleanupOld({ db, now, retentionDays }: { db: Db; now: Date; retentionDays: number }) {
  const cutoff = shiftInstant(now, -retentionDays);
  const attempts = await db.publishAttempt.deleteMany({ where: { startedAt: { lt: cutoff } } });
  const snapshots = await db.$executeRaw(Prisma.sql`
    DELETE FROM "MetricSnapshot" m
    WHERE m."collectedAt" < ${cutoff}
      AND EXISTS (SELECT 1 FROM "MetricSnapshot" n WHERE n."postId" = m."postId" AND n."collectedAt" > m."collectedAt")`);
  const signals = await db.signal.deleteMany({ where: { createdAt: { lt: cutoff } } });
  const comments = await db.socialComment.deleteMany({ where: { createdAt: { lt: cutoff } } });
  const competitorPosts = await db.competitorPost.deleteMany({ where: { publishedAt: { lt: cutoff } } });
  const runs = await db.orchestratorRun.deleteMany({ where: { startedAt: { lt: cutoff } } });
  // Publishing records a job run every minute per process; a week of them is plenty of heartbeat.
  const jobRuns = await db.jobRun.deleteMany({
    where: {
      OR: [
        { startedAt: { lt: cutoff } },
        { job: "publish", startedAt: { lt: shiftInstant(now, -PUBLISH_RUNS_KEPT_DAYS) } },
      ],
    },
  });
  return {
    cutoff: cutoff.toISOString(),
    removed: {
      attempts: attempts.count,
      snapshots,
      signals: signals.count,
      comments: comments.count,
      competitor_posts: competitorPosts.count,
      runs: runs.count,
      job_runs: jobRuns.count,
    },
  };
}
