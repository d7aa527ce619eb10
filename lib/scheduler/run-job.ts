import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScheduledJob } from "@/lib/generated/prisma/enums";
import { floorToMinute, scheduleOf } from "./schedule";

export type JobOutcome =
  { ran: true; job_run_id: string; summary: unknown } | { ran: false; reason: "already_ran"; tick: string };

/**
 * Runs one job for one tick and records it (the heartbeat). Run-once jobs first insert a row keyed by
 * job and tick; the unique key makes that insert a lease only one process can win, whether the other
 * contender is a second scheduler or a platform calling the cron route in the same minute.
 */
export async function runJob(
  db: Db,
  opts: { job: ScheduledJob; at: Date; source: "scheduler" | "cron"; host: string; clock: () => Date },
  work: () => Promise<unknown>,
): Promise<JobOutcome> {
  const tick = floorToMinute(opts.at);
  const lockKey = scheduleOf(opts.job).once ? `${opts.job}:${tick.toISOString()}` : null;
  const data = { job: opts.job, source: opts.source, tick, lockKey, host: opts.host, startedAt: opts.clock() };
  const row = lockKey
    ? (await db.jobRun.createManyAndReturn({ data: [data], skipDuplicates: true, select: { id: true } }))[0]
    : await db.jobRun.create({ data, select: { id: true } });
  if (!row) return { ran: false, reason: "already_ran", tick: tick.toISOString() };
  try {
    const summary = await work();
    await db.jobRun.update({
      where: { id: row.id },
      data: { status: "finished", finishedAt: opts.clock(), summary: summary as Prisma.InputJsonValue },
    });
    return { ran: true, job_run_id: row.id, summary };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Recording the failure is best effort: the database may be the thing that failed.
    await db.jobRun
      .update({
        where: { id: row.id },
        data: { status: "failed", finishedAt: opts.clock(), error: message.slice(0, 2000) },
      })
      .catch(() => undefined);
    throw err;
  }
}
