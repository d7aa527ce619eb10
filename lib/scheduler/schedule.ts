import { Cron } from "croner";
import type { ScheduledJob } from "@/lib/generated/prisma/enums";

export interface ScheduleEntry {
  job: ScheduledJob;
  /** the cron route a platform (Vercel) calls for this job */
  path: string;
  /** five-field cron expression, in UTC like Vercel's */
  cron: string;
  /** run-once jobs take a row lease per tick, so several processes run them once between them */
  once: boolean;
}

/**
 * The one schedule: the built-in scheduler runs it and vercel.json lists the same crons
 * (tests/unit/core/schedule.test.ts fails when they differ).
 */
export const SCHEDULE: readonly ScheduleEntry[] = [
  { job: "publish", path: "/api/cron/daily", cron: "* * * * *", once: false },
  { job: "metrics", path: "/api/cron/metrics", cron: "30 3 * * *", once: true },
  { job: "retention", path: "/api/cron/cleanup", cron: "15 4 * * 0", once: true },
  // Verifies every connection's token, refreshes those near expiry and warns before the rest expire.
  { job: "connections", path: "/api/cron/connections", cron: "0 3 * * *", once: true },
  // Competitors' public posts and counts, after the brand's own metrics and comments.
  { job: "competitors", path: "/api/cron/competitors", cron: "45 3 * * *", once: true },
  // The outbox claims its rows with a lease itself, so every process may run it.
  { job: "outbox", path: "/api/cron/outbox", cron: "*/5 * * * *", once: false },
  // Yesterday's results and today's news for every brand with posts today. Every UTC offset in use is a
  // multiple of 15 minutes, so a tick falls on each brand's local midnight; feeds are read at most hourly
  // anyway. Once per tick: two processes would read the same feeds and race for the same news item.
  { job: "signals", path: "/api/cron/signals", cron: "*/15 * * * *", once: true },
];

export function scheduleOf(job: ScheduledJob): ScheduleEntry {
  return SCHEDULE.find((s) => s.job === job)!;
}

/** The first tick strictly after `at`. */
export function nextTick(job: ScheduledJob, at: Date): Date {
  return new Cron(scheduleOf(job).cron, { timezone: "UTC", paused: true }).nextRun(at)!;
}

/** Whether `at` (to the minute) is one of the job's ticks. */
export function isTick(job: ScheduledJob, at: Date): boolean {
  const minute = floorToMinute(at);
  return nextTick(job, new Date(minute.getTime() - 1)).getTime() === minute.getTime();
}

export function floorToMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}
