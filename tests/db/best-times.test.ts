// Issue #13: GET /api/brands/{brand}/best-times learns a network's best slots from its own published results,
// says why ("Tuesdays 09:00 earn 1.3× your median"), and falls back to each network's general guidance with
// too little data.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { Post } from "@/lib/generated/prisma/client";
import * as generate from "@/app/api/strategy/generate/route";
import * as bestTimes from "@/app/api/brands/[brand]/best-times/route";
import { GUIDANCE, MIN_NETWORK_POSTS } from "@/lib/analytics/best-times";
import { localTime } from "@/lib/dates/zoned";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let brandId: string;

/** Publishes `posts` with one metric snapshot each: 1,000 impressions and `engagements(post)` engagements. */
async function publish(posts: Post[], engagements: (p: { date: Date }) => number) {
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
        publishedAt: p.scheduledAt,
      },
    });
    await db.metricSnapshot.create({
      data: {
        postId: p.id,
        platform: p.platform,
        collectedAt: new Date(p.scheduledAt.getTime() + 86_400_000),
        impressions: 1000,
        reach: 800,
        clicks: 0,
        reactions: engagements(p),
        comments: 0,
        shares: 0,
        engagementRate: 0,
        raw: {},
      },
    });
  }
}

beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
  const res = await callRoute(generate.POST, {
    method: "POST",
    token: ws.tokens.editor,
    body: { ...BRIEF, start_date: "2030-01-01", duration_days: 31 },
  });
  expect(res.status, res.text).toBe(201);
  brandId = res.json.plan.brand_id;
  const posts = await db.post.findMany({ where: { brandId }, orderBy: { date: "asc" } });
  // LinkedIn: a month of posts; Tuesdays earn three times the others.
  await publish(
    posts.filter((p) => p.platform === "linkedin"),
    (p) => (p.date.getUTCDay() === 2 ? 60 : 20),
  );
  // Facebook: fewer results than a network needs to trust its own data.
  await publish(posts.filter((p) => p.platform === "facebook").slice(0, MIN_NETWORK_POSTS - 1), () => 30);
}, 60_000);

const get = (token = ws.tokens.viewer) =>
  callRoute(bestTimes.GET, {
    token,
    path: "/api/brands/acme-analytics/best-times",
    params: { brand: "acme-analytics" },
  });

describe("GET /api/brands/{brand}/best-times", () => {
  it("names the slot that earns most from the brand's own results, with its lift and post count", async () => {
    const res = await get();
    expect(res.status, res.text).toBe(200);
    const linkedin = res.json.networks.find((n: { network: string }) => n.network === "linkedin");
    const published = await db.post.findMany({ where: { brandId, platform: "linkedin", status: "published" } });
    const tuesdays = published.filter((p) => p.date.getUTCDay() === 2);
    const time = `${localTime(tuesdays[0].scheduledAt, BRIEF.timezone).slice(0, 2)}:00`;
    const atThatHour = tuesdays.filter((p) => localTime(p.scheduledAt, BRIEF.timezone).startsWith(time.slice(0, 2)));
    expect(linkedin.source).toBe("data");
    expect(linkedin.posts).toBe(published.length);
    // the winner: Tuesdays at the brand-local hour LinkedIn posts go out, 3× the network's median
    expect(atThatHour.length).toBeGreaterThanOrEqual(3);
    expect(linkedin.slots[0]).toEqual({ weekday: 2, time, lift: 3, posts: atThatHour.length });
    expect(linkedin.slots.slice(1).every((s: { lift: number }) => s.lift === 1)).toBe(true);
  });

  it("falls back to each network's published general guidance, and says so, with too little data", async () => {
    const res = await get();
    const facebook = res.json.networks.find((n: { network: string }) => n.network === "facebook");
    const x = res.json.networks.find((n: { network: string }) => n.network === "x");
    expect([facebook.source, facebook.posts]).toEqual(["guidance", MIN_NETWORK_POSTS - 1]);
    expect(
      facebook.slots.map((s: { weekday: number; time: string }) => ({ weekday: s.weekday, time: s.time })),
    ).toEqual(GUIDANCE.facebook);
    expect([x.source, x.posts]).toEqual(["guidance", 0]);
    expect(x.slots.map((s: { weekday: number; time: string }) => ({ weekday: s.weekday, time: s.time }))).toEqual(
      GUIDANCE.x,
    );
  });

  it("is the brand's own: another workspace gets 404, nobody 401", async () => {
    const other = await seedWorkspace(db);
    expect((await get(other.tokens.owner)).status).toBe(404);
    expect((await callRoute(bestTimes.GET, { params: { brand: "acme-analytics" } })).status).toBe(401);
  });
});
