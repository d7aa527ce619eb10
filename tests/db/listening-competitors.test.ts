import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { collectMetrics } from "@/lib/analytics/collect-metrics";
import { addCompetitor } from "@/lib/listening/add-competitor";
import { collectCompetitors } from "@/lib/listening/collect-competitors";
import { getCompetitorReport } from "@/lib/listening/get-competitor-report";
import { listCompetitors } from "@/lib/listening/list-competitors";
import { removeCompetitor } from "@/lib/listening/remove-competitor";
import { runDaily } from "@/lib/orchestration/run-daily";
import { competitorInput } from "@/lib/schemas/listening";
import { validationError } from "@/lib/errors";
import { createCompetitorSource } from "@/lib/wiring/listening-adapters";
import { createCollector } from "@/lib/wiring/network-adapters";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { DAY, dailyInput, type Fakes, fakeEnv, makeDeps, seedPublishing } from "./support/orchestration";
import { addDays } from "@/lib/dates/days";

let db: Db;
let fakes: Fakes;
beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
beforeEach(() => fakes.reset());

const H = 3_600_000;
const deps = (now = new Date()) => ({
  db,
  now,
  keyRing: () => keyRingFromEnv(),
  competitorFor: (n: "x" | "facebook") => createCompetitorSource(n, { env: fakeEnv(fakes) }),
});

describe("competitor tracking", () => {
  it("collects competitors' posts daily and compares them with the brand's, by hand-computed sums", async () => {
    const { ws, brand, actor } = await seedPublishing(db);
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id),
    );
    const ourX = await db.publication.findFirstOrThrow({ where: { brandId: brand.id, platform: "x" } });
    fakes.fakes.x.setMetrics(ourX.remoteId!, {
      like_count: 10,
      bookmark_count: 2,
      reply_count: 3,
      retweet_count: 4,
      quote_count: 1,
    });
    await collectMetrics(
      {
        db,
        now: new Date(),
        keyRing: () => keyRingFromEnv(),
        collectorFor: (n) => createCollector(n, { env: fakeEnv(fakes) }),
      },
      { windowDays: 7 },
    );
    const now = Date.now();
    const rival = fakes.fakes.x.listening.competitors[0];
    rival.posts = [
      {
        id: "901",
        text: "Sourdough workshop this Saturday, sourdough for beginners",
        createdAt: now - 2 * 24 * H,
        likes: 30,
        comments: 5,
        shares: 5,
      },
      {
        id: "902",
        text: "Our sourdough starter turns ten",
        createdAt: now - 5 * 24 * H,
        likes: 12,
        comments: 2,
        shares: 1,
      },
      { id: "903", text: "Winter hours for the bakery", createdAt: now - 9 * 24 * H, likes: 8, comments: 0, shares: 0 },
      // outside the 28-day collection window: never read
      { id: "904", text: "Old news", createdAt: now - 40 * 24 * H, likes: 999, comments: 0, shares: 0 },
    ];
    fakes.fakes.x.listening.pageSize = 2;
    const fbRival = fakes.fakes.facebook.listening.competitors[0];
    fbRival.posts = [
      {
        id: "11",
        text: "Nouveau : atelier levain samedi",
        createdAt: now - 1 * 24 * H,
        likes: 7,
        comments: 2,
        shares: 1,
      },
    ];
    await addCompetitor({
      db,
      actor,
      ref: brand.slug,
      input: competitorInput.parse({ platform: "x", handle: "@rivalbakery" }),
    });
    await addCompetitor({
      db,
      actor,
      ref: brand.slug,
      input: competitorInput.parse({ platform: "facebook", handle: "rivalbakery" }),
    });
    const run = await collectCompetitors(deps(), { brandId: brand.id });
    expect(run.failures.filter((f) => f.message.includes("rival"))).toEqual([]);
    // twice: counts are updated, posts not duplicated
    rival.posts[0].likes = 40;
    await collectCompetitors(deps(new Date(now + H)), { brandId: brand.id });
    const rows = await db.competitorPost.findMany({ where: { competitor: { brandId: brand.id, platform: "x" } } });
    expect(rows.map((r) => r.remoteId).sort()).toEqual(["901", "902", "903"]);

    const from = addDays(DAY, -13);
    const report = await getCompetitorReport({
      db,
      workspaceId: ws.id,
      ref: brand.slug,
      now: new Date(now + H),
      query: { from, to: DAY },
    });
    const x = report.networks.find((n) => n.platform === "x")!;
    const weeks = 14 / 7;
    // 901: 40+5+5=50, 902: 12+2+1=15, 903: 8+0+0=8 → 73 over 3 posts
    expect(x.competitors[0]).toMatchObject({
      name: "Rival Bakery",
      posts: 3,
      engagements: 73,
      posts_per_week: 1.5,
      engagement_per_post: Math.round((73 / 3) * 100) / 100,
      last_error: null,
    });
    expect(x.competitors[0].best_posts.map((p) => p.engagements)).toEqual([50, 15, 8]);
    expect(x.competitors[0].topics[0]).toEqual({ word: "sourdough", posts: 2 });
    // ours: likes 10 + bookmarks 2 = reactions 12, comments 3, shares 4 + 1 = 5 → 20 on one post
    expect(x.brand).toMatchObject({ posts: 1, engagements: 20, posts_per_week: 1 / weeks, engagement_per_post: 20 });
    const fb = report.networks.find((n) => n.platform === "facebook")!;
    expect(fb.competitors[0]).toMatchObject({ posts: 1, engagements: 10, engagement_per_post: 10 });
    expect(report.networks_allowed.find((n) => n.platform === "linkedin")!.allowed).toBe(false);
  });

  it("waits out a rate limit until the network's reset, and says why an account is not collected", async () => {
    const { brand, actor } = await seedPublishing(db);
    await addCompetitor({ db, actor, ref: brand.slug, input: { platform: "x", handle: "rivalbakery" } });
    fakes.fakes.x.failNext("429", { resetInSeconds: 600 });
    const now = new Date();
    await collectCompetitors(deps(now), { brandId: brand.id });
    const limited = await db.competitorAccount.findFirstOrThrow({ where: { brandId: brand.id } });
    expect(limited.lastError).toMatch(/rate limit/i);
    expect(limited.nextCollectAt!.getTime()).toBeGreaterThan(now.getTime() + 500_000);
    const before = fakes.fakes.x.requests.length;
    await collectCompetitors(deps(new Date(now.getTime() + 60_000)), { brandId: brand.id });
    expect(fakes.fakes.x.requests.length, "no request before the reset").toBe(before);
    await collectCompetitors(deps(new Date(now.getTime() + 700_000)), { brandId: brand.id });
    const done = await db.competitorAccount.findFirstOrThrow({ where: { brandId: brand.id } });
    expect(done).toMatchObject({ lastError: null, displayName: "Rival Bakery" });

    const unconnected = await seedPublishing(db, { connect: false });
    await addCompetitor({
      db,
      actor: unconnected.actor,
      ref: unconnected.brand.slug,
      input: { platform: "x", handle: "someone" },
    });
    await collectCompetitors(deps(new Date(now.getTime() + 800_000)), { brandId: unconnected.brand.id });
    const row = await db.competitorAccount.findFirstOrThrow({ where: { brandId: unconnected.brand.id } });
    expect(row.lastError).toContain("Connect the brand's X account first");
  });

  it("unfollowing keeps the account and its posts; following again brings them back", async () => {
    const { ws, brand, actor } = await seedPublishing(db);
    const followed = await addCompetitor({
      db,
      actor,
      ref: brand.slug,
      input: { platform: "x", handle: "rivalbakery" },
    });
    await collectCompetitors(deps(), { brandId: brand.id });
    const collected = await db.competitorPost.count({ where: { competitorId: followed.id } });
    expect(collected).toBeGreaterThan(0);

    await removeCompetitor({ db, actor, ref: brand.slug, id: followed.id });
    expect((await listCompetitors({ db, workspaceId: ws.id, ref: brand.slug })).competitors).toEqual([]);
    const requests = fakes.fakes.x.requests.length;
    await collectCompetitors(deps(new Date(Date.now() + H)), { brandId: brand.id });
    expect(fakes.fakes.x.requests.length, "an unfollowed account is not collected").toBe(requests);
    expect(await db.competitorPost.count({ where: { competitorId: followed.id } })).toBe(collected);
    await expect(removeCompetitor({ db, actor, ref: brand.slug, id: followed.id })).rejects.toThrow(/not found/i);

    const again = await addCompetitor({ db, actor, ref: brand.slug, input: { platform: "x", handle: "RivalBakery" } });
    expect(again.id).toBe(followed.id);
    expect((await listCompetitors({ db, workspaceId: ws.id, ref: brand.slug })).competitors).toHaveLength(1);
    // The network by its name, and the account as it is followed, whatever case was typed.
    await expect(
      addCompetitor({ db, actor, ref: brand.slug, input: { platform: "x", handle: "RIVALBAKERY" } }),
    ).rejects.toThrow(/already follows rivalbakery on X\./);
  });

  it("refuses LinkedIn competitors with the reason, and bad handles", () => {
    const refusal = validationError(competitorInput.safeParse({ platform: "LinkedIn", handle: "acme" }).error!);
    expect(refusal.toBody().error.details).toMatchObject([{ path: "platform", message: /administrators/ }]);
    expect(refusal.toBody("fr").error.details).toMatchObject([{ path: "platform", message: /administrateurs/ }]);
    expect(competitorInput.safeParse({ platform: "x", handle: "not a handle" }).success).toBe(false);
    expect(competitorInput.parse({ platform: "Twitter", handle: "@rival_1" })).toEqual({
      platform: "x",
      handle: "rival_1",
    });
  });
});
