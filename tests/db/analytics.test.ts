import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as generate from "@/app/api/strategy/generate/route";
import * as performance from "@/app/api/analytics/performance/route";
import * as yesterday from "@/app/api/analytics/yesterday/[brand]/route";
import * as suggestion from "@/app/api/posts/[id]/suggestion/route";
import { getYesterday } from "@/lib/analytics/get-yesterday";
import { updateLearning } from "@/lib/analytics/learning/update-learning";
import { cleanupOld } from "@/lib/analytics/cleanup";
import { injectSignals } from "@/lib/analytics/signals/inject-signals";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";
import { shiftInstant } from "@/lib/dates/days";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let other: Awaited<ReturnType<typeof seedWorkspace>>;
let brandId: string;
let winner: string;
const NOW = new Date("2030-01-16T10:00:00Z");

/** Metrics for days 2030-01-01..15: each post gets a known snapshot, and a stale earlier one that must not count. */
async function seedMetrics() {
  const posts = await db.post.findMany({
    where: { brandId, archivedAt: null, date: { lte: new Date("2030-01-15T00:00:00Z") } },
  });
  for (const p of posts) {
    await db.post.update({ where: { id: p.id }, data: { status: "published" } });
    await db.publication.create({
      data: {
        postId: p.id,
        brandId,
        platform: p.platform,
        date: p.date,
        state: "published",
        contentHash: p.contentHash,
        remoteId: `r-${p.id}`,
        remoteUrl: `https://x.test/${p.id}`,
        publishedAt: p.scheduledAt,
      },
    });
    winner ??= posts[0].pillar;
    const boost = p.pillar === winner ? 3 : 1;
    await db.metricSnapshot.create({
      data: {
        postId: p.id,
        platform: p.platform,
        collectedAt: new Date(p.scheduledAt.getTime() + 3_600_000),
        impressions: 1,
        reach: 1,
        clicks: 0,
        reactions: 0,
        comments: 0,
        shares: 0,
        engagementRate: 0,
        raw: {},
      },
    });
    await db.metricSnapshot.create({
      data: {
        postId: p.id,
        platform: p.platform,
        collectedAt: shiftInstant(p.scheduledAt, 1),
        impressions: 1000,
        reach: 800,
        clicks: 10 * boost,
        reactions: 20 * boost,
        comments: 5,
        shares: 5,
        engagementRate: 0,
        raw: {},
      },
    });
  }
  return posts;
}

beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
  other = await seedWorkspace(db);
  const res = await callRoute(generate.POST, { method: "POST", token: ws.tokens.editor, body: BRIEF });
  brandId = res.json.plan.brand_id;
});

describe("GET /api/analytics/performance", () => {
  it("equals hand-computed sums from the latest snapshots", async () => {
    const posts = await seedMetrics();
    const q = (qs: string, token = ws.tokens.viewer) =>
      callRoute(performance.GET, { token, path: `/api/analytics/performance?${qs}` });
    const res = await q("brand=acme-analytics&from=2030-01-01&to=2030-01-15&group_by=platform");
    expect(res.status).toBe(200);
    const boosted = posts.filter((p) => p.pillar === posts[0].pillar).length;
    const engagements = posts.length * 40 + boosted * 60;
    expect(res.json.totals.posts).toBe(posts.length);
    expect(res.json.totals.impressions).toBe(posts.length * 1000);
    expect(res.json.totals.engagements).toBe(engagements);
    expect(res.json.totals.engagement_rate).toBeCloseTo(engagements / (posts.length * 1000), 4);
    expect(res.json.series.map((s: { key: string }) => s.key)).toEqual(["facebook", "linkedin", "x"]);
    const byDay = await q("brand=acme-analytics&from=2030-01-01&to=2030-01-15&group_by=day&platform=LinkedIn");
    expect(byDay.json.series).toHaveLength(15);
    expect(byDay.json.totals.posts).toBe(15);
    const csv = await q("brand=acme-analytics&from=2030-01-01&to=2030-01-15&group_by=pillar&format=csv");
    expect(csv.text.split("\r\n")[0]).toBe(
      "pillar,posts,impressions,reach,clicks,reactions,comments,shares,engagements,engagement_rate",
    );
    // Files downloaded for two brands or two networks must not share a name, nor hide what they hold.
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="performance-acme-analytics-2030-01-01-2030-01-15.csv"',
    );
    // Excel set to French: semicolons, and rates with a decimal comma
    const semi = await q(
      "brand=acme-analytics&from=2030-01-01&to=2030-01-15&group_by=pillar&format=csv&delimiter=semicolon",
    );
    const [head, first] = semi.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(head).toBe("pillar;posts;impressions;reach;clicks;reactions;comments;shares;engagements;engagement_rate");
    expect(first.split(";").at(-1)).toMatch(/^0,\d+$/);
    expect((await q("brand=acme-analytics&from=2030-01-01&to=2030-01-15&format=csv&delimiter=tab")).status).toBe(422);
    const xCsv = await q("brand=acme-analytics&from=2030-01-01&to=2030-01-15&platform=Twitter&format=csv");
    expect(xCsv.headers.get("content-disposition")).toBe(
      'attachment; filename="performance-acme-analytics-x-2030-01-01-2030-01-15.csv"',
    );
  });

  it("answers 422 to a bad range or group, and 401/404 for auth", async () => {
    const q = (qs: string, token?: string) =>
      callRoute(performance.GET, { token, path: `/api/analytics/performance?${qs}` });
    expect((await q("from=2030-01-10&to=2030-01-01", ws.tokens.viewer)).status).toBe(422);
    expect((await q("from=2028-01-01&to=2030-01-01", ws.tokens.viewer)).status).toBe(422);
    expect((await q("from=2030-01-01&to=2030-01-02&group_by=weather", ws.tokens.viewer)).status).toBe(422);
    expect((await q("from=2030-01-01&to=2030-01-02")).status).toBe(401);
    expect((await q("brand=acme-analytics&from=2030-01-01&to=2030-01-02", other.tokens.owner)).status).toBe(404);
  });
});

describe("GET /api/analytics/yesterday/{brand}", () => {
  it("reports yesterday per network against the 7-day baseline, with the best post", async () => {
    const res = await getYesterday({ db, workspaceId: ws.workspace.id, ref: "acme-analytics", now: NOW });
    expect(res.date).toBe("2030-01-15");
    expect(res.baseline).toEqual({ from: "2030-01-08", to: "2030-01-14" });
    const posts = await db.post.findMany({
      where: {
        brandId,
        archivedAt: null,
        date: { gte: new Date("2030-01-08T00:00:00Z"), lte: new Date("2030-01-15T00:00:00Z") },
      },
    });
    const eng = (p: { pillar: string }) => (p.pillar === winner ? 100 : 40);
    for (const n of res.networks) {
      const day = posts.filter((p) => p.platform === n.platform && p.date.toISOString().startsWith("2030-01-15"));
      const base = posts.filter((p) => p.platform === n.platform && !p.date.toISOString().startsWith("2030-01-15"));
      expect(n.posts).toBe(1);
      expect(n.impressions).toBe(1000);
      expect(n.engagements).toBe(eng(day[0]));
      const baseRate = base.reduce((s, p) => s + eng(p), 0) / (base.length * 1000);
      expect(n.change.engagement_rate).toBeCloseTo((eng(day[0]) / 1000 - baseRate) / baseRate, 2);
      expect(n.best?.post_id).toBe(day[0].id);
      expect(n.best?.calendar_url).toContain(`post=${day[0].id}`);
    }
    const viaRoute = await callRoute(yesterday.GET, { token: other.tokens.owner, params: { brand: "acme-analytics" } });
    expect(viaRoute.status).toBe(404);
  });
});

describe("learning", () => {
  it("raises the winning pillar's weight and the next plan gives it more slots, while every pillar still appears", async () => {
    const learning = await updateLearning({ db, brandId, now: NOW });
    expect(learning.weights.pillars[winner]).toBeGreaterThan(1.2);
    expect(learning.explanations.length).toBeGreaterThan(0);
    const brand = await db.brand.findUniqueOrThrow({ where: { id: brandId } });
    const actor = { workspaceId: ws.workspace.id, userId: null, label: "test" };
    const plan = await createPlanForBrand({
      db,
      actor,
      brand,
      startDate: "2030-03-01",
      durationDays: 31,
      networks: ["linkedin"],
      seed: 5,
      now: NOW,
    });
    const counts = new Map<string, number>();
    for (const p of plan.posts) counts.set(p.pillar, (counts.get(p.pillar) ?? 0) + 1);
    expect(counts.size).toBe(6);
    expect(counts.get(winner)!).toBeGreaterThan(Math.ceil(31 / 6));
  });
});

describe("signals", () => {
  let server: Server;
  let feedUrl: string;
  let hits = 0;
  let outbound: { allowedHosts: string[] };
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(
        `<rss version="2.0"><channel><title>n</title><item><title>Dashboards in minutes are the new normal</title><link>https://news.test/1</link><guid>n-1</guid><description>Analytics news</description></item></channel></rss>`,
      );
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    feedUrl = `http://127.0.0.1:${port}/feed`;
    outbound = { allowedHosts: [`127.0.0.1:${port}`] };
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("never reaches a local listener unless OUTBOUND_ALLOWED_HOSTS lets it, and says only that the feed failed", async () => {
    await db.brand.update({
      where: { id: brandId },
      data: { feedUrls: [feedUrl, feedUrl.replace("127.0.0.1", "localhost")], keywords: ["analytics"] },
    });
    const before = hits;
    const res = await injectSignals(
      { db, now: new Date("2030-01-20T06:00:00Z"), outbound: { allowedHosts: [] } },
      brandId,
    );
    expect(hits).toBe(before);
    expect(res.used).toBe(0);
    expect(res.errors).toEqual([
      { url: feedUrl, message: "Could not fetch the feed." },
      { url: feedUrl.replace("127.0.0.1", "localhost"), message: "Could not fetch the feed." },
    ]);
    expect(await db.signal.count({ where: { brandId, kind: "news" } })).toBe(0);
  });

  it("matches a feed item once, records it, and in suggest mode changes nothing until approved", async () => {
    await db.brand.update({
      where: { id: brandId },
      data: { feedUrls: [feedUrl], keywords: ["analytics"], signalMode: "suggest" },
    });
    // an hour after the refused reading above: feeds are read at most once an hour
    const now = new Date("2030-01-20T07:00:00Z");
    const before = await db.post.findMany({
      where: { brandId, archivedAt: null, date: new Date("2030-01-20T00:00:00Z") },
    });
    const first = await injectSignals({ db, now, outbound }, brandId);
    expect(first.used).toBe(1);
    const after = await db.post.findMany({
      where: { brandId, archivedAt: null, date: new Date("2030-01-20T00:00:00Z") },
    });
    for (const p of after) {
      expect(p.body).toBe(before.find((b) => b.id === p.id)!.body);
      expect((p.suggestion as { body: string }).body).toContain("Dashboards in minutes");
      expect(p.signalIds.length).toBeGreaterThan(0);
    }
    expect(await db.signal.count({ where: { brandId, kind: "news" } })).toBe(1);
    const second = await injectSignals({ db, now, outbound }, brandId);
    expect(second.used).toBe(0);
    expect(await db.signal.count({ where: { brandId, kind: "news" } })).toBe(1);

    const post = after[0];
    const accepted = await callRoute(suggestion.POST, {
      method: "POST",
      token: ws.tokens.editor,
      params: { id: post.id },
      body: { action: "accept", version: post.version },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json.body).toContain("Dashboards in minutes");
    expect(accepted.json.status).toBe("draft");
  });

  it("in adapt mode changes unedited drafts and marks them, but never a human edit or an approved text", async () => {
    await db.brand.update({ where: { id: brandId }, data: { signalMode: "adapt" } });
    await db.signal.deleteMany({ where: { brandId, kind: "news" } });
    const day = new Date("2030-01-21T00:00:00Z");
    const [edited, approved, ...rest] = await db.post.findMany({
      where: { brandId, archivedAt: null, date: day },
      orderBy: { platform: "asc" },
    });
    await db.post.update({ where: { id: edited.id }, data: { editedByHuman: true, body: "Hand written." } });
    await db.post.update({ where: { id: approved.id }, data: { status: "approved" } });
    await injectSignals({ db, now: new Date("2030-01-21T06:00:00Z"), outbound }, brandId);
    expect((await db.post.findUniqueOrThrow({ where: { id: edited.id } })).body).toBe("Hand written.");
    const stillApproved = await db.post.findUniqueOrThrow({ where: { id: approved.id } });
    expect([stillApproved.body, stillApproved.status]).toEqual([approved.body, "approved"]);
    expect((stillApproved.suggestion as { body: string }).body).toContain("Dashboards in minutes");
    expect(rest.length).toBeGreaterThan(0);
    for (const p of rest) {
      const now = await db.post.findUniqueOrThrow({ where: { id: p.id } });
      expect(now.body).not.toBe(p.body);
      expect(now.writerNote).toMatch(/^adapted:./);
    }
  });
  it("reads the feeds at most once an hour, however often the signals job calls it", async () => {
    // The only item is used already: nothing matches, so nothing stops the next minute from reading again.
    const at = (iso: string) => injectSignals({ db, now: new Date(iso), outbound }, brandId);
    const before = hits;
    await at("2030-01-22T06:00:00Z");
    expect(hits).toBe(before + 1);
    await at("2030-01-22T06:01:00Z");
    await at("2030-01-22T06:30:00Z");
    expect(hits).toBe(before + 1);
    await at("2030-01-22T07:00:00Z");
    expect(hits).toBe(before + 2);
  });
});

describe("retention", () => {
  it("removes exactly what is older than the window and keeps each post's latest totals", async () => {
    const now = new Date("2030-06-01T00:00:00Z");
    const snapshotsBefore = await db.metricSnapshot.count();
    const postsWithMetrics = await db.metricSnapshot.groupBy({ by: ["postId"] });
    const res = await cleanupOld({ db, now, retentionDays: 90 });
    expect(res.removed.snapshots).toBe(snapshotsBefore - postsWithMetrics.length);
    expect(await db.metricSnapshot.count()).toBe(postsWithMetrics.length);
    expect(await db.publication.count({ where: { state: "published" } })).toBeGreaterThan(0);
    const nothing = await cleanupOld({ db, now: new Date("2030-01-17T00:00:00Z"), retentionDays: 90 });
    expect(nothing.removed).toEqual({
      attempts: 0,
      snapshots: 0,
      signals: 0,
      comments: 0,
      competitor_posts: 0,
      runs: 0,
      job_runs: 0,
    });
  });
});
