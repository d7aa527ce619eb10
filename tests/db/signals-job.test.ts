import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { GET as cronSignals } from "@/app/api/cron/signals/route";
import { SIGNALS_CONCURRENCY } from "@/lib/analytics/signals/inject-all-signals";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { jobRunners } from "@/lib/scheduler/job-runners";
import { resetDb } from "../setup/db";
import { callRoute } from "./support/call-route";
import { brandRow } from "./support/orchestration";
import { useRouteEnv } from "./support/route-env";

let db: Db;
let server: Server;
let feedUrl: string;
// The feed answers slowly, so brands read at the same time overlap at the server and can be counted.
const feed = { inFlight: 0, maxInFlight: 0, hits: 0, onHit: () => {} };

beforeAll(async () => {
  server = createServer((_req, res) => {
    feed.hits++;
    feed.onHit();
    feed.maxInFlight = Math.max(feed.maxInFlight, ++feed.inFlight);
    setTimeout(() => {
      feed.inFlight--;
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(
        `<rss version="2.0"><channel><title>n</title><item><title>Dashboards in minutes are the new normal</title><link>https://news.test/1</link><guid>n-1</guid><description>Analytics news</description></item></channel></rss>`,
      );
    }, 300);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  feedUrl = `http://127.0.0.1:${port}/feed`;
  db = await useRouteEnv({ OUTBOUND_ALLOWED_HOSTS: `127.0.0.1:${port}` });
});
afterAll(async () => {
  delete process.env.OUTBOUND_ALLOWED_HOSTS;
  await new Promise<void>((r) => server.close(() => r()));
});
beforeEach(async () => {
  await resetDb(db);
  Object.assign(feed, { inFlight: 0, maxInFlight: 0, hits: 0, onHit: () => {} });
});

/** `count` UTC brands, each with a one-day plan on `day` (drafts) and the slow feed to read. */
async function seedBrands(count: number, day: string) {
  const ws = await db.workspace.create({ data: { slug: `sig-${Date.now()}`, name: "Signals" } });
  const actor = { workspaceId: ws.id, userId: null, label: "test" };
  const brands = [];
  for (let i = 0; i < count; i++) {
    const brand = await db.brand.create({
      data: { ...brandRow(ws.id, `Brand${i}`), feedUrls: [feedUrl], keywords: ["analytics"] },
    });
    await createPlanForBrand({ db, actor, brand, startDate: day, durationDays: 1, seed: i + 1, now: new Date() });
    brands.push(brand);
  }
  return brands;
}

/** Brands by how many news signals they got and whether every one of their posts carries the suggestion. */
async function newsPerBrand(brandIds: string[]) {
  const out: Record<string, { news: number; suggested: boolean }> = {};
  for (const brandId of brandIds) {
    const posts = await db.post.findMany({ where: { brandId } });
    out[brandId] = {
      news: await db.signal.count({ where: { brandId, kind: "news" } }),
      suggested: posts.length > 0 && posts.every((p) => p.suggestion !== null),
    };
  }
  return out;
}

/** The database, with one brand's row unreadable, as a lock timeout or a broken row could make it. */
function failingBrand(real: Db, brandId: string): Db {
  return new Proxy(real, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (key === "brand")
        return new Proxy(value as object, {
          get(delegate, k) {
            const fn = Reflect.get(delegate, k);
            if (k === "findUniqueOrThrow")
              return (args: { where: { id?: string } }) =>
                args.where.id === brandId
                  ? Promise.reject(new Error("brand row unreadable"))
                  : (fn as (a: unknown) => Promise<unknown>).call(delegate, args);
            return typeof fn === "function" ? fn.bind(delegate) : fn;
          },
        });
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The signals job's runner alone, as the scheduler or a cron route calls it; it needs none of the other jobs' parts. */
function runSignals(opts: {
  db?: Db;
  at: Date;
  clock?: () => Date;
  source?: "scheduler" | "cron";
  stop?: AbortSignal;
}) {
  const unused = () => {
    throw new Error("not used by the signals job");
  };
  const runners = jobRunners(
    {
      db: opts.db ?? db,
      clock: opts.clock ?? (() => opts.at),
      publishing: unused,
      keyRing: unused,
      outbox: unused,
      collectorFor: unused,
      notify: { emailEnabled: false, appUrl: "http://localhost:3000" },
      clientFor: unused,
      identityFor: unused,
    },
    { catchupDays: 2, metricsWindowDays: 7, retentionDays: 90, runDeadlineMs: 50_000, publishConcurrency: 4 },
  );
  return runners.signals({
    at: opts.at,
    source: opts.source ?? "scheduler",
    stopSignal: opts.stop ?? new AbortController().signal,
  }) as Promise<{ brands: number; failed: number; deferred: number; results: { brandId?: string; error?: string }[] }>;
}

describe("the signals job", () => {
  it("through its cron route, gives every brand with posts today its signals, a few brands at a time", async () => {
    // The route reads the wall clock: pinned to a tick, or a call in the minute before the next tick
    // would rightly start no brand at all.
    const day = "2030-01-21";
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(`${day}T06:00:07Z`) });
    const brands = await seedBrands(8, day);
    const res = await callRoute(cronSignals, {
      path: "/api/cron/signals",
      headers: { authorization: "Bearer test-cron-secret-0123456789" },
    }).finally(() => vi.useRealTimers());
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ brands: 8, failed: 0, deferred: 0 });
    expect(res.json.results).toHaveLength(8);
    expect(await db.jobRun.count({ where: { job: "signals", status: "finished" } })).toBe(1);

    const ids = brands.map((b) => b.id);
    expect(await newsPerBrand(ids)).toEqual(Object.fromEntries(ids.map((id) => [id, { news: 1, suggested: true }])));
    // Each brand read the feed once; several at once, never more than the bound.
    expect(feed.hits).toBe(8);
    expect(feed.maxInFlight).toBeGreaterThan(1);
    expect(feed.maxInFlight).toBeLessThanOrEqual(SIGNALS_CONCURRENCY);
  });

  it("reports a brand that fails and still gives every other brand its signals", async () => {
    const day = "2030-01-20";
    const brands = await seedBrands(5, day);
    const broken = brands[1];
    const summary = await runSignals({ db: failingBrand(db, broken.id), at: new Date(`${day}T06:00:07Z`) });
    expect(summary).toMatchObject({ brands: 5, failed: 1, deferred: 0 });
    expect(summary.results.filter((r) => r.error)).toEqual([{ brandId: broken.id, error: "brand row unreadable" }]);

    const others = brands.filter((b) => b !== broken).map((b) => b.id);
    expect(await newsPerBrand(others)).toEqual(
      Object.fromEntries(others.map((id) => [id, { news: 1, suggested: true }])),
    );
    expect(await newsPerBrand([broken.id])).toEqual({ [broken.id]: { news: 0, suggested: false } });
    // Feed readings are stamped with the tick's minute, so the hourly reading falls on every fourth tick.
    const check = await db.signal.findFirstOrThrow({ where: { brandId: others[0], kind: "feed_check" } });
    expect(check.usedAt).toEqual(new Date(`${day}T06:00:00Z`));
  });

  it("starts no brand once the process is stopping, and counts them as left for the next tick", async () => {
    const day = "2030-01-20";
    await seedBrands(3, day);
    const stopping = new AbortController();
    stopping.abort();
    const summary = await runSignals({ at: new Date(`${day}T06:00:00Z`), stop: stopping.signal });
    expect(summary).toEqual({ brands: 3, failed: 0, deferred: 3, results: [] });
    expect(await db.signal.count()).toBe(0);
    expect(feed.hits).toBe(0);
  });

  it("on a cron route, starts no brand after the run deadline; the scheduler goes on until near the next tick", async () => {
    const day = "2030-01-20";
    await seedBrands(6, day);
    const at = new Date(`${day}T06:00:00Z`);
    let now = at;
    // The first feed reading takes the clock 51 s on: past RUN_DEADLINE_MS (50 s), well before 06:14.
    feed.onHit = () => (now = new Date(at.getTime() + 51_000));
    const cron = await runSignals({ at, clock: () => now, source: "cron" });
    // The four brands started at once finish; the other two wait for the next tick.
    expect(cron).toMatchObject({ brands: 6, failed: 0, deferred: 2 });
    expect(await db.signal.count({ where: { kind: "news" } })).toBe(4);

    await resetDb(db);
    await seedBrands(6, day);
    now = at;
    // The same jump does not stop the scheduler's run, which has no platform limit.
    expect(await runSignals({ at, clock: () => now, source: "scheduler" })).toMatchObject({ brands: 6, deferred: 0 });
    // A run still going at 06:14 is within a minute of the next tick (06:15): it starts no brand.
    now = new Date(`${day}T06:14:00Z`);
    expect(await runSignals({ at, clock: () => now, source: "scheduler" })).toMatchObject({ brands: 6, deferred: 6 });
  });

  it("starts the brands left over by the last tick first, so slow ticks never leave the same brands behind", async () => {
    const day = "2030-01-20";
    const brands = await seedBrands(6, day);
    // Feeds that never match are read again every hour, and every reading is slow.
    await db.brand.updateMany({
      where: { id: { in: brands.map((b) => b.id) } },
      data: { keywords: ["unmatched"], valueProps: ["Unrelated"] },
    });
    let at = new Date(`${day}T06:00:00Z`);
    let now = at;
    feed.onHit = () => (now = new Date(at.getTime() + 51_000));
    const checked = async () =>
      new Set((await db.signal.findMany({ where: { kind: "feed_check" } })).map((s) => s.brandId));
    expect(await runSignals({ at, clock: () => now, source: "cron" })).toMatchObject({ deferred: 2 });
    expect((await checked()).size).toBe(4);
    // An hour later every feed is due again and the tick is as slow: the two left over go first.
    at = new Date(`${day}T07:00:00Z`);
    now = at;
    expect(await runSignals({ at, clock: () => now, source: "cron" })).toMatchObject({ deferred: 2 });
    expect((await checked()).size).toBe(6);
  });
});
