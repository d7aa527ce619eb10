import type { Db } from "@/lib/db";
import { sinceDays } from "@/lib/orchestration/scope-sql";
import { nextTick } from "./schedule";

/** Without a publishing run for this long while posts are due, nothing is publishing. */
export const STALE_AFTER_MS = 2 * 3_600_000;

export type HeartbeatState = "ok" | "failing" | "stalled" | "idle";

/**
 * When publishing last ran (from the built-in scheduler or a cron route), when it runs next, and whether
 * approved posts are waiting for it: those it would still publish, within the catch-up window (older
 * ones are marked missed). With a workspace, "due" and "published" count only its posts.
 */
export async function getHeartbeat({
  db,
  now,
  catchupDays,
  workspaceId,
}: {
  db: Db;
  now: Date;
  catchupDays: number;
  workspaceId?: string;
}) {
  const last = await db.jobRun.findFirst({
    where: { job: "publish" },
    orderBy: { startedAt: "desc" },
    select: { startedAt: true, status: true, summary: true, source: true },
  });
  const dueWhere = {
    status: "approved" as const,
    archivedAt: null,
    scheduledAt: { lte: now, gte: sinceDays(now, catchupDays + 2) },
    OR: [{ publication: { is: null } }, { publication: { state: "pending" as const } }],
    ...(workspaceId ? { brand: { workspaceId } } : {}),
  };
  const due = workspaceId
    ? await db.post.count({ where: dueWhere })
    : (await db.post.findFirst({ where: dueWhere }))
      ? 1
      : 0;
  const fresh = !!last && now.getTime() - last.startedAt.getTime() <= STALE_AFTER_MS;
  const state: HeartbeatState = fresh ? (last.status === "failed" ? "failing" : "ok") : due > 0 ? "stalled" : "idle";
  const runId = (last?.summary as { run_id?: unknown } | null)?.run_id;
  const published =
    workspaceId && typeof runId === "string"
      ? await db.publishAttempt.count({
          where: { runId, outcome: "published", publication: { brand: { workspaceId } } },
        })
      : null;
  return {
    state,
    last_run_at: last?.startedAt.toISOString() ?? null,
    last_run_status: last?.status ?? null,
    last_run_source: last?.source ?? null,
    last_run_published: published,
    next_run_at: nextTick("publish", now).toISOString(),
    due,
  };
}
