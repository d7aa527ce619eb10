import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { ScheduledJob } from "@/lib/generated/prisma/enums";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { createChannelResolver } from "@/lib/orchestration/resolve-channel";
import { createScheduler } from "@/lib/scheduler/create-scheduler";
import { jobRunners, type JobRunner } from "@/lib/scheduler/job-runners";
import { runJob } from "@/lib/scheduler/run-job";
import { builtInScheduler } from "@/lib/wiring/scheduler-deps";
import { createCollector, createPublisher } from "@/lib/wiring/network-adapters";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";
import { GET as cronMetrics } from "@/app/api/cron/metrics/route";
import { resetDb } from "../setup/db";
import { startFakes } from "../fakes/start-fakes";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { DAY, type Fakes, fakeEnv, seedPublishing } from "./support/orchestration";
import { shiftInstant } from "@/lib/dates/days";

let db: Db;
let fakes: Fakes;
let now: Date;
const clock = () => now;
const MINUTE = 60_000;

// The upcoming Sunday (UTC), so one simulated day holds every job: publishing each minute, signals each
// quarter-hour, the connection check at 03:00, metrics at 03:30 and the weekly retention at 04:15.
const SUNDAY = (() => {
  const d = new Date(`${DAY}T00:00:00Z`);
  return shiftInstant(d, (7 - d.getUTCDay()) % 7);
})();

beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
beforeEach(async () => {
  await resetDb(db);
  for (const f of Object.values(fakes.fakes)) f.reset();
  now = SUNDAY;
});

function runners(): Record<ScheduledJob, JobRunner> {
  const env = fakeEnv(fakes);
  const keyRing = () => keyRingFromEnv();
  const outbox = (at: Date) => ({
    db,
    now: at,
    sendMail: null,
    post: () => Promise.reject(new Error("no webhooks in this test")),
    webhookSecret: () => "",
  });
  return jobRunners(
    {
      db,
      clock,
      keyRing,
      outbox,
      collectorFor: (n) => createCollector(n, { env }),
      publishing: () => ({
        channels: createChannelResolver({ db, keyRing, publisherFor: (n) => createPublisher(n, { env }) }),
      }),
      notify: { emailEnabled: false, appUrl: "http://localhost:3000" },
      clientFor: (n) => createOAuthClient(n, { env }),
      identityFor: (n) => createOAuthClient(n, { env, identityOnly: true }),
    },
    { catchupDays: 2, metricsWindowDays: 7, retentionDays: 90, runDeadlineMs: 50_000, publishConcurrency: 4 },
  );
}

/** Today's approved posts, moved to the simulated Sunday at the same times. */
async function seedSundayPosts() {
  const { brand } = await seedPublishing(db);
  const posts = await db.post.findMany({ where: { brandId: brand.id, status: "approved" } });
  // Other days' drafts move out of the way first, since a brand has one post per network and day.
  await db.post.deleteMany({ where: { brandId: brand.id, status: { not: "approved" }, date: SUNDAY } });
  // 09:00, 09:01, 09:02: one post a minute keeps the simulated morning short.
  for (const [i, p] of posts.entries()) {
    await db.post.update({
      where: { id: p.id },
      data: { date: SUNDAY, scheduledAt: new Date(SUNDAY.getTime() + 9 * 3_600_000 + i * MINUTE) },
    });
  }
  return { brand, posts };
}

describe("the built-in scheduler, driven through a day by a fake clock", () => {
  it("fires publishing at every tick of the day, and signals, metrics and retention once between two instances", async () => {
    // A whole day of real publishing runs takes minutes; this test counts the ticks, the next one sends.
    const fired = { a: [] as number[], b: [] as number[] };
    const counting =
      (host: "a" | "b"): JobRunner =>
      async (ctx) =>
        fired[host].push(ctx.at.getTime());
    const a = createScheduler({ db, runners: { ...runners(), publish: counting("a") }, host: "a", clock });
    const b = createScheduler({ db, runners: { ...runners(), publish: counting("b") }, host: "b", clock });
    const ticks = 24 * 60;
    const at = (i: number) => new Date(SUNDAY.getTime() + i * MINUTE + 7_000);
    // Quarter-hours run side by side to keep the test short; within a minute both instances contend.
    for (let q = 0; q < ticks; q += 15) {
      await Promise.all(Array.from({ length: 15 }, (_, i) => [a.tick(at(q + i)), b.tick(at(q + i))]).flat());
    }
    now = at(ticks);
    for (const host of ["a", "b"] as const) fired[host].sort((x, y) => x - y);
    const everyMinute = Array.from({ length: ticks }, (_, i) => SUNDAY.getTime() + i * MINUTE + 7_000);
    expect(fired).toEqual({ a: everyMinute, b: everyMinute });
    expect(await db.jobRun.count({ where: { job: "publish", status: "finished" } })).toBe(2 * ticks);
    // The outbox leases its own rows, so both instances run it every 5 minutes.
    expect(await db.jobRun.count({ where: { job: "outbox", status: "finished" } })).toBe((2 * ticks) / 5);
    const once = await db.jobRun.findMany({ where: { job: { in: ["metrics", "retention", "connections"] } } });
    expect(once.map((r) => [r.job, r.tick.toISOString().slice(11, 19), r.status]).sort()).toEqual([
      ["connections", "03:00:00", "finished"],
      ["metrics", "03:30:00", "finished"],
      ["retention", "04:15:00", "finished"],
    ]);
    // Signals run every quarter-hour, once per tick between the two instances.
    const signals = await db.jobRun.findMany({ where: { job: "signals" }, select: { tick: true, status: true } });
    expect(signals.filter((r) => r.status === "finished")).toHaveLength(ticks / 15);
    expect(new Set(signals.map((r) => r.tick.getTime())).size).toBe(ticks / 15);
    // About 7,000 queries: 20 s on an idle machine, several times that on a busy one.
  }, 400_000);

  it("two instances publishing every minute around their times send each post once", async () => {
    const { brand, posts } = await seedSundayPosts();
    const a = createScheduler({ db, runners: runners(), host: "a", clock });
    const b = createScheduler({ db, runners: runners(), host: "b", clock });
    const nine = SUNDAY.getTime() + 9 * 3_600_000;
    for (let t = nine - 2 * MINUTE; t <= nine + 5 * MINUTE; t += MINUTE) {
      now = new Date(t);
      await Promise.all([a.tick(now), b.tick(now)]);
    }
    expect(await db.post.count({ where: { id: { in: posts.map((p) => p.id) }, status: "published" } })).toBe(
      posts.length,
    );
    expect(Object.values(fakes.fakes).map((f) => f.receivedCreates)).toEqual([1, 1, 1]);
    // Each post went out at the first tick after its time, whichever instance got it.
    const rows = await db.publication.findMany({ where: { brandId: brand.id }, include: { post: true } });
    for (const r of rows) {
      expect(r.publishedAt!.getTime() - r.post.scheduledAt.getTime()).toBeLessThan(MINUTE);
    }
  }, 240_000);

  it("a cron route call in the same minute as the scheduler does not run metrics a second time", async () => {
    now = new Date(SUNDAY.getTime() + 3 * 3_600_000 + 30 * MINUTE);
    const a = createScheduler({ db, runners: runners(), host: "a", clock });
    const outcomes = await a.tick(now);
    expect(outcomes.find((o) => o.job === "metrics")).toMatchObject({ ran: true });
    const again = await runJob(db, { job: "metrics", at: now, source: "cron", host: "route", clock }, async () => {
      throw new Error("must not run");
    });
    expect(again).toEqual({ ran: false, reason: "already_ran", tick: now.toISOString() });
    expect(await db.jobRun.count({ where: { job: "metrics" } })).toBe(1);
  });

  it("the cron route records its run, so a platform's cron is a heartbeat too", async () => {
    const res = await callRoute(cronMetrics, {
      path: "/api/cron/metrics",
      headers: { authorization: "Bearer test-cron-secret-0123456789" },
    });
    expect(res.status).toBe(200);
    const [run] = await db.jobRun.findMany({ where: { job: "metrics" } });
    expect(run).toMatchObject({ source: "cron", status: "finished" });
    const denied = await callRoute(cronMetrics, { path: "/api/cron/metrics" });
    expect(denied.status).toBe(401);
    expect(await db.jobRun.count()).toBe(1);
  });

  it("SCHEDULER=off builds no scheduler; the default builds one", () => {
    expect(builtInScheduler(db, { ...process.env, SCHEDULER: "off" })).toBeNull();
    expect(builtInScheduler(db, { ...process.env, SCHEDULER: undefined })).not.toBeNull();
  });

  it("a failing job backs off 1, 2, 4 minutes instead of retrying every tick, and records the failure", async () => {
    let calls = 0;
    const failing: JobRunner = async () => {
      calls++;
      throw new Error("database unreachable");
    };
    const logs: string[] = [];
    const s = createScheduler({
      db,
      runners: { ...runners(), publish: failing },
      host: "a",
      clock,
      log: (l) => logs.push(l),
    });
    const start = new Date(SUNDAY.getTime() + 10 * 3_600_000);
    for (let i = 0; i < 10; i++) {
      now = new Date(start.getTime() + i * MINUTE);
      await s.tick(now);
    }
    // Tries at minutes 0, 1, 3 and 7: each failure doubles the wait.
    expect(calls).toBe(4);
    expect(logs[0]).toMatch(/publish failed \(1 in a row\), next try in 1 min: database unreachable/);
    const failed = await db.jobRun.findMany({ where: { job: "publish" } });
    expect(failed.map((r) => [r.status, r.error])).toEqual(Array(4).fill(["failed", "database unreachable"]));
  });

  it("stopping lets the publishing in flight finish and claim nothing more; no row is left sending", async () => {
    await seedSundayPosts();
    now = new Date(SUNDAY.getTime() + 12 * 3_600_000);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const real = runners();
    const slow: JobRunner = async (ctx) => {
      await gate;
      return real.publish(ctx);
    };
    const s = createScheduler({ db, runners: { ...real, publish: slow }, host: "a", clock });
    const ticking = s.tick(now);
    const stopping = s.stop(5_000);
    release();
    expect(await stopping).toEqual({ drained: true });
    const [outcome] = await ticking;
    expect(outcome).toMatchObject({ job: "publish", ran: true });
    // Asked to stop before its first batch, the run claimed nothing.
    expect(Object.values(fakes.fakes).map((f) => f.receivedCreates)).toEqual([0, 0, 0]);
    expect(await db.publication.count({ where: { state: { in: ["claimed", "sending"] } } })).toBe(0);
    expect(await s.tick(new Date(now.getTime() + MINUTE))).toEqual([]);
  });

  it("on start, publishes what is already due at once, without waiting for the next minute", async () => {
    await seedSundayPosts();
    now = new Date(SUNDAY.getTime() + 12 * 3_600_000 + 30_000);
    // start() arms real timers: a real minute turning during the test would fire publishing a second time.
    const toMinute = 60_000 - (Date.now() % 60_000);
    if (toMinute < 3_000) await new Promise((r) => setTimeout(r, toMinute + 100));
    const s = createScheduler({ db, runners: runners(), host: "a", clock });
    s.start();
    try {
      const published = async () => db.post.count({ where: { status: "published" } });
      for (let i = 0; i < 40 && (await published()) < 3; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await published()).toBe(3);
    } finally {
      await s.stop(5_000);
    }
    // The posts show published a moment before their run is marked finished: read the run once it has drained.
    const runs = await db.jobRun.findMany({ where: { job: "publish" } });
    expect(runs.map((r) => [r.status, r.source, r.host])).toEqual([["finished", "scheduler", "a"]]);
    expect(Object.values(fakes.fakes).map((f) => f.receivedCreates)).toEqual([1, 1, 1]);
  });

  it("stopping gives up waiting after the grace period", async () => {
    const hung: JobRunner = () => new Promise(() => undefined);
    const s = createScheduler({ db, runners: { ...runners(), publish: hung }, host: "a", clock });
    void s.tick(now);
    expect(await s.stop(50)).toEqual({ drained: false });
  });
});
