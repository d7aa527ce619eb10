import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as generate from "@/app/api/strategy/generate/route";
import * as active from "@/app/api/strategy/active/[brand]/route";
import * as dayPosts from "@/app/api/strategy/posts/[brand]/[date]/route";
import * as approve from "@/app/api/strategy/approve/route";
import * as postRoute from "@/app/api/posts/[id]/route";
import * as regenerate from "@/app/api/posts/[id]/regenerate/route";
import * as exportRoute from "@/app/api/strategy/export/[file]/route";
import * as brandPosts from "@/app/api/brands/[brand]/posts/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let other: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
  other = await seedWorkspace(db);
});

const gen = (body: unknown, token = ws.tokens.editor) => callRoute(generate.POST, { method: "POST", token, body });

describe("POST /api/strategy/generate", () => {
  it("turns the original service's body into 93 posts for a 31-day month", async () => {
    const res = await gen(BRIEF);
    expect(res.status).toBe(201);
    expect(res.json.posts).toHaveLength(93);
    expect(res.json.plan.pillars).toHaveLength(6);
    expect(res.json.plan.guidelines).toBeTruthy();
    const brand = await db.brand.findFirstOrThrow({ where: { workspaceId: ws.workspace.id } });
    expect(brand.slug).toBe("acme-analytics");
    expect(await db.post.count({ where: { brandId: brand.id, archivedAt: null } })).toBe(93);
    const post = res.json.posts[0];
    expect(post.link).toContain(`utm_content=${post.id}`);
    expect(post.link).toContain(`utm_source=${post.platform}`);
    expect(post.link).toContain("utm_medium=social");
    expect(await db.auditEvent.count({ where: { workspaceId: ws.workspace.id, action: "plan.generate" } })).toBe(1);
  });

  it("accepts platform names in any case and Twitter as X", async () => {
    const res = await gen({ ...BRIEF, brand_name: "Two Nets", duration_days: 7, platforms: ["twitter", "LINKEDIN"] });
    expect(res.status).toBe(201);
    expect(res.json.posts).toHaveLength(14);
    expect(new Set(res.json.posts.map((p: { platform: string }) => p.platform))).toEqual(new Set(["x", "linkedin"]));
  });

  it("puts a plain CTA key under the brand's website, and refuses one with nowhere to point", async () => {
    const res = await gen({ ...BRIEF, brand_name: "Keyed", duration_days: 3, website: "https://keyed.example.com/" });
    expect(res.status).toBe(201);
    const links = res.json.posts.map((p: { link: string | null }) => p.link).filter(Boolean);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\/keyed\.example\.com\/(demo|newsletter)\?utm_source=/);

    const plans = await db.plan.count();
    const { website: _, ...noSite } = BRIEF;
    const refused = await gen({ ...noSite, brand_name: "Nowhere", duration_days: 3, cta_targets: ["shop", "demo"] });
    expect(refused.status).toBe(422);
    expect(refused.json.error.message).toContain('"shop"');
    expect(refused.json.error.details).toEqual([{ path: "cta_targets.0", message: expect.any(String) }]);
    expect(await db.brand.count({ where: { name: "Nowhere" } })).toBe(0);
    expect(await db.plan.count()).toBe(plans);
    // A brand that already has a website needs none in the body.
    const again = await gen({ ...noSite, brand_name: "Keyed", duration_days: 3, cta_targets: ["shop"] });
    expect(again.status).toBe(201);
    expect(again.json.posts.find((p: { link: string | null }) => p.link)?.link).toMatch(
      /^https:\/\/keyed\.example\.com\/shop\?/,
    );
  });

  it("takes the brand's keywords, which the posts' hashtags come from, and keeps them when a later body has none", async () => {
    const tags = (res: { json: { posts: { hashtags: string[] }[] } }) =>
      new Set(res.json.posts.flatMap((p) => p.hashtags));
    const first = await gen({
      ...BRIEF,
      brand_name: "Tagged Bikes",
      duration_days: 7,
      keywords: ["e-bikes", "urban mobility"],
    });
    expect(first.status).toBe(201);
    expect(tags(first)).toContain("#EBikes");
    expect(tags(first)).toContain("#UrbanMobility");
    const brand = await db.brand.findFirstOrThrow({ where: { name: "Tagged Bikes" } });
    expect(brand.keywords).toEqual(["e-bikes", "urban mobility"]);

    const again = await gen({ ...BRIEF, brand_name: "Tagged Bikes", duration_days: 7, replace: "all" });
    expect(again.status).toBe(201);
    expect(tags(again)).toContain("#EBikes");
    expect((await db.brand.findUniqueOrThrow({ where: { id: brand.id } })).keywords).toEqual(brand.keywords);
    expect((await gen({ ...BRIEF, brand_name: "Tagged Bikes", keywords: ["x".repeat(61)] })).status).toBe(422);
  });

  it("is deterministic for a seed", async () => {
    const a = await gen({ ...BRIEF, brand_name: "Seeded", duration_days: 5 });
    const b = await gen({ ...BRIEF, brand_name: "Seeded", duration_days: 5 });
    expect(a.json.posts.map((p: { body: string }) => p.body.replace(/utm_content=[^&\s]+/g, ""))).toEqual(
      b.json.posts.map((p: { body: string }) => p.body.replace(/utm_content=[^&\s]+/g, "")),
    );
  });

  it("answers 422 for each kind of bad input and changes nothing", async () => {
    const before = await db.plan.count();
    for (const bad of [
      { ...BRIEF, duration_days: 32 },
      { ...BRIEF, duration_days: 0 },
      { ...BRIEF, start_date: "2030-02-30" },
      { ...BRIEF, start_date: "2199-12-30", duration_days: 5 }, // would end in 2200
      { ...BRIEF, start_date: "2030-02-30", duration_days: 5 },
      { ...BRIEF, language: "de-DE" },
      { ...BRIEF, value_props: [] },
      { ...BRIEF, platforms: ["myspace"] },
      { ...BRIEF, timezone: "Nowhere/City" },
      { ...BRIEF, brand_name: undefined },
    ]) {
      const res = await gen(bad);
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect(res.json.error.code).toBe("validation_error");
      expect(res.json.error.details.length).toBeGreaterThan(0);
    }
    expect(await db.plan.count()).toBe(before);
  });

  it("answers 401 without auth and 403 for a viewer", async () => {
    expect((await callRoute(generate.POST, { method: "POST", body: BRIEF })).status).toBe(401);
    expect((await gen(BRIEF, ws.tokens.viewer)).status).toBe(403);
  });

  it("archives the previous plan and never touches a published post", async () => {
    const brand = await db.brand.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, slug: "acme-analytics" } });
    const published = await db.post.findFirstOrThrow({
      where: { brandId: brand.id, archivedAt: null, date: new Date("2030-01-10T00:00:00Z"), platform: "x" },
    });
    await db.post.update({ where: { id: published.id }, data: { status: "published" } });
    const res = await gen({ ...BRIEF, seed: 7 });
    expect(res.status).toBe(201);
    expect(res.json.posts).toHaveLength(92);
    const kept = await db.post.findUniqueOrThrow({ where: { id: published.id } });
    expect(kept.archivedAt).toBeNull();
    expect(kept.body).toBe(published.body);
    expect(await db.post.count({ where: { brandId: brand.id, archivedAt: null } })).toBe(93);
    expect(await db.plan.count({ where: { brandId: brand.id, status: "active" } })).toBe(1);
  });
});

describe("reads", () => {
  it("returns the active plan, a day's posts, 404 for an empty day and 422 for a bad date", async () => {
    const a = await callRoute(active.GET, { token: ws.tokens.viewer, params: { brand: "acme-analytics" } });
    expect(a.status).toBe(200);
    expect(a.json.posts.length).toBeGreaterThan(0);
    const byName = await callRoute(active.GET, {
      token: ws.tokens.viewer,
      params: { brand: encodeURIComponent("ACME analytics") },
    });
    expect(byName.status).toBe(200);
    const day = await callRoute(dayPosts.GET, {
      token: ws.tokens.viewer,
      params: { brand: "acme-analytics", date: "2030-01-05" },
    });
    expect(day.status).toBe(200);
    expect(day.json.posts).toHaveLength(3);
    expect(
      (
        await callRoute(dayPosts.GET, {
          token: ws.tokens.viewer,
          params: { brand: "acme-analytics", date: "2031-06-01" },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await callRoute(dayPosts.GET, {
          token: ws.tokens.viewer,
          params: { brand: "acme-analytics", date: "2030-13-01" },
        })
      ).status,
    ).toBe(422);
    expect(
      (await callRoute(active.GET, { token: other.tokens.owner, params: { brand: "acme-analytics" } })).status,
    ).toBe(404);
    const range = await callRoute(brandPosts.GET, {
      token: ws.tokens.viewer,
      params: { brand: "acme-analytics" },
      path: "/x?from=2030-01-01&to=2030-01-31",
    });
    expect(range.json.posts).toHaveLength(93);
    expect(
      (
        await callRoute(brandPosts.GET, {
          token: ws.tokens.viewer,
          params: { brand: "acme-analytics" },
          path: "/x?from=2030-01-31&to=2030-01-01",
        })
      ).status,
    ).toBe(422);
  });

  it("exports ICS and CSV", async () => {
    const ics = await callRoute(exportRoute.GET, { token: ws.tokens.viewer, params: { file: "acme-analytics.ics" } });
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(93);
    const csv = await callRoute(exportRoute.GET, { token: ws.tokens.viewer, params: { file: "acme-analytics.csv" } });
    expect(csv.text.trim().split("\r\n")[0]).toMatch(/^id,date,time,platform,status/);
    expect(
      (await callRoute(exportRoute.GET, { token: ws.tokens.viewer, params: { file: "acme-analytics.pdf" } })).status,
    ).toBe(422);
  });

  it("writes the CSV with semicolons on ?delimiter=semicolon, and refuses any other delimiter with 422", async () => {
    const post = await db.post.findFirstOrThrow({
      where: { brand: { workspaceId: ws.workspace.id, slug: "acme-analytics" }, archivedAt: null },
      orderBy: [{ date: "asc" }, { platform: "asc" }],
    });
    const before = post.body;
    await db.post.update({ where: { id: post.id }, data: { body: 'Prix : 10,50 € ; "promo"\nfin' } });
    const get = (query: string) =>
      callRoute(exportRoute.GET, {
        token: ws.tokens.viewer,
        params: { file: "acme-analytics.csv" },
        path: `/api/strategy/export/acme-analytics.csv${query}`,
      });
    try {
      const semi = await get("?delimiter=semicolon");
      expect(semi.status).toBe(200);
      expect(semi.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const lines = semi.text.replace(/^\uFEFF/, "").split("\r\n");
      expect(lines[0]).toBe("id;date;time;platform;status;pillar;angle;hook;cta;format;body;hashtags;link;remote_url");
      expect(semi.text).toContain(`;"Prix : 10,50 € ; ""promo""\nfin";`);
      expect(lines.filter((l) => l.startsWith(post.id))).toHaveLength(1);
      // the default and ?delimiter=comma are the same comma file as before
      const comma = await get("?delimiter=comma");
      expect(comma.text).toBe((await get("")).text);
      expect(comma.text.replace(/^\uFEFF/, "")).toMatch(/^id,date,time,platform,status/);
      expect(comma.text).toContain(`,"Prix : 10,50 € ; ""promo""\nfin",`);

      for (const bad of ["?delimiter=tab", "?delimiter=%3B", "?delimiter=", "?delimiter=SEMICOLON"]) {
        const res = await get(bad);
        expect(res.status, bad).toBe(422);
        expect(res.json.error).toMatchObject({
          code: "validation_error",
          details: [{ path: "delimiter", message: "The delimiter is one of: comma, semicolon" }],
        });
      }
      // in the reader's language, like every error
      const fr = await callRoute(exportRoute.GET, {
        token: ws.tokens.viewer,
        params: { file: "acme-analytics.csv" },
        path: "/api/strategy/export/acme-analytics.csv?delimiter=tab",
        headers: { "accept-language": "fr-FR" },
      });
      expect(fr.json.error.details[0].message).toBe("Le séparateur est l’un de\u00a0: comma, semicolon");
    } finally {
      await db.post.update({ where: { id: post.id }, data: { body: before } });
    }
  });
});

describe("editing", () => {
  const NOW_FUTURE = "2030-01-20";

  async function draftPost(platform: "x" | "linkedin" = "linkedin", date = NOW_FUTURE) {
    return db.post.findFirstOrThrow({
      where: {
        brand: { workspaceId: ws.workspace.id, slug: "acme-analytics" },
        archivedAt: null,
        platform,
        date: new Date(`${date}T00:00:00Z`),
      },
    });
  }
  const patch = (id: string, body: unknown, token = ws.tokens.editor) =>
    callRoute(postRoute.PATCH, { method: "PATCH", token, params: { id }, body });

  it("saves an edit, bumps the version, and answers 409 on a stale version", async () => {
    const post = await draftPost();
    const ok = await patch(post.id, { body: "A fresh take on dashboards.", version: post.version });
    expect(ok.status).toBe(200);
    expect(ok.json.version).toBe(post.version + 1);
    expect(ok.json.edited_by_human).toBe(true);
    const stale = await patch(post.id, { body: "Again", version: post.version });
    expect(stale.status).toBe(409);
    expect(stale.json.error.message).toMatch(/changed/);
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).body).toBe("A fresh take on dashboards.");
  });

  it("rejects a body over the network limit, counted the way X counts", async () => {
    const post = await draftPost("x");
    const res = await patch(post.id, { body: "字".repeat(141), version: post.version });
    expect(res.status).toBe(422);
    expect(res.json.error.details[0].path).toBe("body");
    expect((await patch(post.id, { body: "字".repeat(140), version: post.version })).status).toBe(200);
  });

  it("puts an approved post back to draft when its text changes", async () => {
    const post = await draftPost("linkedin", "2030-01-21");
    const approved = await patch(post.id, { status: "approved", version: post.version });
    expect(approved.json.status).toBe("approved");
    const edited = await patch(post.id, { body: "Changed after approval", version: approved.json.version });
    expect(edited.json.status).toBe("draft");
  });

  it("moves a post, but not into the past nor onto a published slot", async () => {
    const post = await draftPost("linkedin", "2030-01-22");
    const moved = await patch(post.id, { date: "2030-01-23", version: post.version });
    expect(moved.status).toBe(200);
    expect(moved.json.date).toBe("2030-01-23");
    expect(moved.json.time).toBe("09:00");
    const past = await patch(post.id, { date: "2020-01-01", version: moved.json.version });
    expect(past.status).toBe(422);
    const target = await draftPost("linkedin", "2030-01-24");
    await db.post.update({ where: { id: target.id }, data: { status: "published" } });
    const onto = await patch(post.id, { date: "2030-01-24", version: moved.json.version });
    expect(onto.status).toBe(422);
    expect(onto.json.error.message).toMatch(/already published/);
  });

  it("refuses a wall time the clocks skip instead of shifting it an hour", async () => {
    const brand = { workspaceId: ws.workspace.id, slug: "acme-analytics" };
    await db.brand.updateMany({ where: brand, data: { timezone: "Europe/Paris" } });
    try {
      const post = await draftPost("linkedin", "2030-01-27");
      // Sunday 31 March 2030: Paris goes from 02:00 straight to 03:00.
      const gap = await patch(post.id, { date: "2030-03-31", time: "02:30", version: post.version });
      expect(gap.status).toBe(422);
      expect(gap.json.error.message).toBe(
        "02:30 does not exist on 2030-03-31 in Europe/Paris: the clocks go forward then. Pick another time.",
      );
      expect(gap.json.error.details).toEqual([{ path: "time", message: "a time the clocks skip" }]);
      const ok = await patch(post.id, { date: "2030-03-31", time: "03:30", version: post.version });
      expect([ok.status, ok.json.time, ok.json.scheduled_at]).toEqual([200, "03:30", "2030-03-31T01:30:00.000Z"]);
    } finally {
      await db.brand.updateMany({ where: brand, data: { timezone: "UTC" } });
    }
  });

  it("regenerates a variation that differs and still fits", async () => {
    const post = await draftPost("x", "2030-01-25");
    const res = await callRoute(regenerate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      params: { id: post.id },
      body: {},
    });
    expect(res.status).toBe(200);
    expect(res.json.body).not.toBe(post.body);
    expect(res.json.length).toBeLessThanOrEqual(280);
    expect(await db.auditEvent.count({ where: { action: "post.regenerate", entityId: post.id } })).toBe(1);
  });

  it("bulk-approves a range and a network, and a viewer cannot", async () => {
    const res = await callRoute(approve.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { brand: "acme-analytics", from: "2030-01-26", to: "2030-01-31", platforms: ["Facebook"] },
    });
    expect(res.status).toBe(200);
    expect(res.json.approved).toBe(6);
    const viewer = await callRoute(approve.POST, {
      method: "POST",
      token: ws.tokens.viewer,
      body: { brand: "acme-analytics" },
    });
    expect(viewer.status).toBe(403);
    expect(
      (
        await callRoute(approve.POST, {
          method: "POST",
          token: ws.tokens.editor,
          body: { brand: "acme-analytics", from: "2030-02-01", to: "2030-01-01" },
        })
      ).status,
    ).toBe(422);
  });

  it("cannot reach another workspace's post", async () => {
    const post = await draftPost("x", "2030-01-28");
    expect((await patch(post.id, { body: "x", version: post.version }, other.tokens.owner)).status).toBe(404);
  });
});
