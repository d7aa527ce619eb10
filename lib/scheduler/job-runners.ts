import type { Db } from "@/lib/db";
import type { KeyRing } from "@/lib/crypto/secret-box";
import type { ScheduledJob } from "@/lib/generated/prisma/enums";
import { cleanupOld } from "@/lib/analytics/cleanup";
import { purgeArchived } from "@/lib/brands/purge-archived";
import { purgeRateLimits } from "@/lib/rate-limit/hit-rate-limit";
import { purgeExpiredSessions } from "@/lib/sessions/end-sessions";
import type { CollectDeps } from "@/lib/analytics/collect-metrics";
import { runMetricsJob } from "@/lib/analytics/run-metrics-job";
import { runPublishJob } from "@/lib/orchestration/run-publish-job";
import type { OrchestratorDeps } from "@/lib/orchestration/types";
import { deliverOutbox } from "@/lib/outbox/deliver-outbox";
import { purgeOutbox } from "@/lib/outbox/purge-outbox";
import type { OutboxDeps } from "@/lib/outbox/types";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { checkConnections } from "@/lib/connections/check-connections";
import type { CheckDeps } from "@/lib/connections/check-connection";
import type { CommentsDeps } from "@/lib/listening/collect-comments";
import { collectCompetitors, type CompetitorDeps } from "@/lib/listening/collect-competitors";
import { injectAllSignals } from "@/lib/analytics/signals/inject-all-signals";
import { floorToMinute, nextTick } from "./schedule";

export interface JobSettings {
  catchupDays: number;
  metricsWindowDays: number;
  retentionDays: number;
  runDeadlineMs: number;
  publishConcurrency: number;
}

export interface JobContext {
  /** the moment the schedule fired */
  at: Date;
  /** a cron route's run is cut at the platform's time limit (maxDuration); the built-in scheduler's is not */
  source: "scheduler" | "cron";
  /** aborted when the process is stopping: publishing finishes its current batch and claims no more */
  stopSignal: AbortSignal;
}

export type JobRunner = (ctx: JobContext) => Promise<unknown>;

/** The domain function behind each scheduled job; the cron routes and the built-in scheduler both call these. */
export function jobRunners(
  deps: {
    db: Db;
    clock: () => Date;
    /**
     * What sending needs, fresh per run (a reconnected account's new token is used): the channels and the
     * media storage images are read from. The same wiring as Run now and Retry, so no path can lack a part.
     */
    publishing: () => Pick<OrchestratorDeps, "channels" | "mediaStorage">;
    keyRing: () => KeyRing;
    outbox: (now: Date) => OutboxDeps;
    /** builds a network's metrics collector; the wiring passes the environment-configured factory */
    collectorFor: CollectDeps["collectorFor"];
    notify: NotifyContext;
    /** the networks' OAuth apps (refresh) and identity checks, for the daily connection check */
    clientFor: CheckDeps["clientFor"];
    identityFor: CheckDeps["identityFor"];
    /** listening: comment sources, competitor timelines, the writer's sentiment refinement, the alert rule */
    commentsFor?: CommentsDeps["commentsFor"];
    competitorFor?: CompetitorDeps["competitorFor"];
    refineSentiment?: CommentsDeps["refine"];
    negativeAlert?: CommentsDeps["negativeAlert"];
  },
  settings: JobSettings,
): Record<ScheduledJob, JobRunner> {
  const { db, clock } = deps;
  return {
    publish: async ({ stopSignal }) => {
      const orchestrator = {
        db,
        clock,
        ...deps.publishing(),
        notify: deps.notify,
        concurrency: settings.publishConcurrency,
        deadline: new Date(clock().getTime() + settings.runDeadlineMs),
      };
      // publishScope reads the deadline before each batch, so moving it stops new claims.
      const stop = () => (orchestrator.deadline = new Date(0));
      if (stopSignal.aborted) stop();
      stopSignal.addEventListener("abort", stop, { once: true });
      try {
        return await runPublishJob(orchestrator, { catchupDays: settings.catchupDays });
      } finally {
        stopSignal.removeEventListener("abort", stop);
      }
    },
    metrics: () =>
      runMetricsJob(
        {
          db,
          now: clock(),
          keyRing: deps.keyRing,
          collectorFor: deps.collectorFor,
          commentsFor: deps.commentsFor,
          notify: deps.notify,
          refine: deps.refineSentiment,
          negativeAlert: deps.negativeAlert,
        },
        { windowDays: settings.metricsWindowDays },
      ),
    retention: async () => {
      const now = clock();
      const result = await cleanupOld({ db, now, retentionDays: settings.retentionDays });
      // archived brands and connections past their 30 days go with the rest of the retention work
      return {
        ...result,
        archived_removed: await purgeArchived({ db, now }),
        rate_limits_removed: (await purgeRateLimits(db, now)).count,
        sessions_removed: await purgeExpiredSessions({ db, now }),
        outbox_removed: await purgeOutbox({ db, now, retentionDays: settings.retentionDays }),
      };
    },
    outbox: () => deliverOutbox(deps.outbox(clock())),
    signals: ({ at, source, stopSignal }) => {
      // No brand starts within a minute of the next tick, so two runs never visit the same brands at once;
      // nor, on a cron route, after the run deadline, so the run records its answer before the platform
      // cuts it. The brands left over are visited at the next tick.
      const cut = source === "cron" ? clock().getTime() + settings.runDeadlineMs : Infinity;
      const deadline = Math.min(cut, nextTick("signals", at).getTime() - 60_000);
      return injectAllSignals(
        // The tick's minute, not the start time: feeds read hourly then come due exactly every fourth tick.
        { db, now: floorToMinute(at) },
        { stopped: () => stopSignal.aborted || clock().getTime() >= deadline },
      );
    },
    competitors: async () =>
      deps.competitorFor
        ? collectCompetitors({ db, now: clock(), keyRing: deps.keyRing, competitorFor: deps.competitorFor })
        : { skipped: "no competitor sources wired" },
    connections: () =>
      checkConnections({
        db,
        now: clock(),
        keyRing: deps.keyRing(),
        clientFor: deps.clientFor,
        identityFor: deps.identityFor,
        notify: deps.notify,
      }),
  };
}
