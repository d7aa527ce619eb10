import os from "node:os";
import type { Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { orchestratorDeps } from "@/lib/wiring/orchestration-deps";
import { outboxDeps } from "@/lib/wiring/outbox-deps";
import { notifyContextFromEnv } from "@/lib/wiring/notify-deps";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";
import { createCollector } from "@/lib/wiring/network-adapters";
import {
  createCommentSource,
  createCompetitorSource,
  negativeAlertFromEnv,
  sentimentRefinerFromEnv,
} from "@/lib/wiring/listening-adapters";
import type { ScheduledJob } from "@/lib/generated/prisma/enums";
import { jobRunners } from "@/lib/scheduler/job-runners";
import { runJob } from "@/lib/scheduler/run-job";
import { createScheduler } from "@/lib/scheduler/create-scheduler";

/** Wires the scheduled jobs to the real clock, the environment's keys and settings, and the configured networks. */
export function scheduledJobRunners(db: Db, clock: () => Date = () => new Date()) {
  const env = getEnv();
  const keyRing = () => keyRingFromEnv();
  return jobRunners(
    {
      db,
      clock,
      keyRing,
      // The app's own wiring, with the process's keep-alive pools and per-network send limits.
      publishing: () => {
        const { channels, mediaStorage } = orchestratorDeps(db);
        return { channels, mediaStorage };
      },
      outbox: (now) => outboxDeps(db, now, clock),
      collectorFor: (n) => createCollector(n),
      notify: notifyContextFromEnv(),
      clientFor: (n) => createOAuthClient(n),
      identityFor: (n) => createOAuthClient(n, { identityOnly: true }),
      commentsFor: (n) => createCommentSource(n),
      competitorFor: (n) => createCompetitorSource(n),
      refineSentiment: sentimentRefinerFromEnv(),
      negativeAlert: negativeAlertFromEnv(),
    },
    {
      catchupDays: env.CATCHUP_DAYS,
      metricsWindowDays: env.METRICS_WINDOW_DAYS,
      retentionDays: env.RETENTION_DAYS,
      runDeadlineMs: env.RUN_DEADLINE_MS,
      publishConcurrency: env.PUBLISH_CONCURRENCY,
    },
  );
}

/** Names this process in the job runs it records. */
export const processHost = () => `${os.hostname()}:${process.pid}`;

/** Runs one scheduled job now, recorded as a job run; what a cron route answers. */
export async function runScheduledJob(db: Db, job: ScheduledJob, opts: { at: Date; source: "scheduler" | "cron" }) {
  const clock = () => new Date();
  const outcome = await runJob(db, { job, at: opts.at, source: opts.source, host: processHost(), clock }, () =>
    scheduledJobRunners(db, clock)[job]({
      at: opts.at,
      source: opts.source,
      stopSignal: new AbortController().signal,
    }),
  );
  return outcome.ran ? outcome.summary : outcome;
}

/** The scheduler `npm start` runs (wired like the app, from process.env), or null when `source` says SCHEDULER=off. */
export function builtInScheduler(db: Db, source: Record<string, string | undefined> = process.env) {
  if (getEnv(source).SCHEDULER === "off") return null;
  return createScheduler({ db, runners: scheduledJobRunners(db), host: processHost() });
}
