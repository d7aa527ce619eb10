import { Cron } from "croner";
import type { Db } from "@/lib/db";
import type { ScheduledJob } from "@/lib/generated/prisma/enums";
import type { JobRunner } from "./job-runners";
import { runJob, type JobOutcome } from "./run-job";
import { isTick, SCHEDULE } from "./schedule";

export type TickOutcome = { job: ScheduledJob } & (JobOutcome | { ran: false; reason: "backing_off" | "failed" });

const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * The built-in scheduler: croner fires each job of SCHEDULE, and each firing runs the same domain
 * function as the matching cron route. A job that fails (the database is gone, say) waits 1, 2, 4…
 * up to 15 minutes before its next try instead of hammering; the error goes to the log.
 */
export function createScheduler(opts: {
  db: Db;
  runners: Record<ScheduledJob, JobRunner>;
  host: string;
  clock?: () => Date;
  log?: (line: string) => void;
}) {
  const clock = opts.clock ?? (() => new Date());
  const log = opts.log ?? ((line: string) => console.error(line));
  const stopping = new AbortController();
  const inFlight = new Set<Promise<TickOutcome>>();
  const failures = new Map<ScheduledJob, { count: number; retryAt: number }>();
  let crons: Cron[] = [];

  const runOne = (job: ScheduledJob, at: Date): Promise<TickOutcome> => {
    const failed = failures.get(job);
    if (failed && at.getTime() < failed.retryAt) return Promise.resolve({ job, ran: false, reason: "backing_off" });
    const run = runJob(opts.db, { job, at, source: "scheduler", host: opts.host, clock }, () =>
      opts.runners[job]({ at, source: "scheduler", stopSignal: stopping.signal }),
    ).then(
      (outcome): TickOutcome => {
        failures.delete(job);
        return { job, ...outcome };
      },
      (err: unknown): TickOutcome => {
        const count = (failures.get(job)?.count ?? 0) + 1;
        const waitMs = Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** (count - 1));
        failures.set(job, { count, retryAt: at.getTime() + waitMs });
        const message = err instanceof Error ? err.message : String(err);
        log(`scheduler: ${job} failed (${count} in a row), next try in ${waitMs / 60_000} min: ${message}`);
        return { job, ran: false, reason: "failed" };
      },
    );
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  };

  return {
    /** Runs every job whose schedule includes the minute of `at`; the fake-clock tests drive this. */
    tick(at: Date): Promise<TickOutcome[]> {
      if (stopping.signal.aborted) return Promise.resolve([]);
      return Promise.all(SCHEDULE.filter((s) => isTick(s.job, at)).map((s) => runOne(s.job, at)));
    },
    start() {
      // Publishing also runs at once: posts that fell due while the process was down go out now rather than
      // at the next minute, and the heartbeat does not call a freshly started server stalled meanwhile.
      void runOne("publish", clock());
      // protect: a job still running when its next tick comes skips that tick rather than overlapping itself.
      crons = SCHEDULE.map(
        (s) =>
          new Cron(s.cron, { name: `scm-${s.job}`, timezone: "UTC", protect: true }, async () => {
            if (!stopping.signal.aborted) await runOne(s.job, clock());
          }),
      );
    },
    /** The next time each job fires, for logs. */
    nextRuns(): Record<string, string | null> {
      return Object.fromEntries(crons.map((c, i) => [SCHEDULE[i].job, c.nextRun()?.toISOString() ?? null]));
    },
    /**
     * Stops firing, asks the publishing in flight to finish its current batch and claim no more, and
     * waits for it up to `graceMs`. A row still `sending` after that keeps its lease, so the next run
     * reconciles it rather than sending twice.
     */
    async stop(graceMs: number): Promise<{ drained: boolean }> {
      for (const c of crons) c.stop();
      stopping.abort();
      if (inFlight.size === 0) return { drained: true };
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([
        Promise.allSettled([...inFlight]).then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
      ]);
      clearTimeout(timer);
      return { drained };
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
