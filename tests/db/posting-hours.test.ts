// Issue #13: posting hours are a brand setting (PATCH /api/brands/{brand} posting_hours), checked at the
// boundary, kept by generation and by the best times offered.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as brand from "@/app/api/brands/[brand]/route";
import * as brands from "@/app/api/brands/route";
import * as generate from "@/app/api/strategy/generate/route";
import * as bestTimes from "@/app/api/brands/[brand]/best-times/route";
import { localTime } from "@/lib/dates/zoned";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

const patch = (body: unknown, token = ws.tokens.editor) =>
  callRoute(brand.PATCH, {
    method: "PATCH",
    token,
    path: "/api/brands/acme-analytics",
    params: { brand: "acme-analytics" },
    body,
  });

beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
  const res = await callRoute(generate.POST, {
    method: "POST",
    token: ws.tokens.editor,
    body: { ...BRIEF, duration_days: 3 },
  });
  expect(res.status, res.text).toBe(201);
});

describe("a brand's posting hours", () => {
  it("default to 07:00–21:00 for a brand that never set them", async () => {
    const res = await callRoute(brand.GET, { token: ws.tokens.viewer, params: { brand: "acme-analytics" } });
    expect(res.json.posting_hours).toEqual({ start: 7, end: 21 });
  });

  it("refuse bad hours with 422 and field paths, and change nothing", async () => {
    for (const bad of [
      { start: 18, end: 9 },
      { start: 9, end: 9 },
      { start: 9.5, end: 17 },
      { start: -1, end: 17 },
      { start: 9, end: 25 },
      { start: "9", end: 17 },
      { start: 9 },
      "9-17",
      null,
    ]) {
      const res = await patch({ posting_hours: bad });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect(res.json.error.code).toBe("validation_error");
      expect(res.json.error.details[0].path).toMatch(/^posting_hours/);
    }
    const stored = await db.brand.findFirstOrThrow({ where: { workspaceId: ws.workspace.id } });
    expect([stored.postingStartHour, stored.postingEndHour]).toEqual([7, 21]);
  });

  it("are an editor's to change (a viewer gets 403), and a new brand may set them", async () => {
    expect((await patch({ posting_hours: { start: 13, end: 18 } }, ws.tokens.viewer)).status).toBe(403);
    const res = await patch({ posting_hours: { start: 13, end: 18 } });
    expect(res.status, res.text).toBe(200);
    expect(res.json.posting_hours).toEqual({ start: 13, end: 18 });
    const created = await callRoute(brands.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: {
        name: "Night Owls",
        positioning: BRIEF.positioning,
        target_audience: BRIEF.target_audience,
        value_props: BRIEF.value_props,
        tone: "warm",
        language: "en-US",
        timezone: "UTC",
        cta_targets: [{ key: "demo", url: "https://example.com/demo" }],
        posting_hours: { start: 0, end: 24 },
      },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json.posting_hours).toEqual({ start: 0, end: 24 });
  });

  it("keep a generated month's times inside them, in the brand's zone", async () => {
    const res = await callRoute(generate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRIEF, start_date: "2030-02-01", duration_days: 7, replace: "all" },
    });
    expect(res.status, res.text).toBe(201);
    const posts = await db.post.findMany({ where: { planId: res.json.plan.id } });
    expect(posts).toHaveLength(21);
    for (const p of posts) {
      const time = localTime(p.scheduledAt, "Europe/Paris");
      expect(time >= "13:00" && time <= "18:00", `${p.platform} ${time}`).toBe(true);
    }
  });

  it("leave out best times outside them", async () => {
    expect((await patch({ posting_hours: { start: 10, end: 18 } })).status).toBe(200);
    const res = await callRoute(bestTimes.GET, { token: ws.tokens.viewer, params: { brand: "acme-analytics" } });
    expect(res.status).toBe(200);
    expect(res.json.posting_hours).toEqual({ start: 10, end: 18 });
    const times = res.json.networks.flatMap((n: { slots: { time: string }[] }) => n.slots.map((s) => s.time));
    // the general guidance's 09:00 slots are gone, its later ones stay
    expect(times).toContain("10:00");
    for (const t of times) expect(t >= "10:00" && t <= "18:00", t).toBe(true);
  });
});
