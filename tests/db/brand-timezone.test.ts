// Changing a brand's time zone keeps its coming posts on the day and at the local time the calendar shows.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as generate from "@/app/api/strategy/generate/route";
import * as brandRoute from "@/app/api/brands/[brand]/route";
import * as postsRoute from "@/app/api/brands/[brand]/posts/route";
import { zonedInstant } from "@/lib/dates/zoned";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { resetDb } from "../setup/db";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
beforeAll(async () => {
  db = await useRouteEnv();
});
beforeEach(async () => {
  await resetDb(db);
  ws = await seedWorkspace(db);
});

type Post = { id: string; date: string; time: string; scheduled_at: string; status: string };
const month = async (from = "2029-12-30", to = "2030-01-05") => {
  const res = await callRoute(postsRoute.GET, {
    token: ws.tokens.viewer,
    params: { brand: "acme-analytics" },
    path: `/api/brands/acme-analytics/posts?from=${from}&to=${to}`,
  });
  expect(res.status, res.text).toBe(200);
  return res.json.posts as Post[];
};

describe("a brand's time zone change", () => {
  it("keeps each coming post's day and local time, and a published post's instant", async () => {
    const gen = await callRoute(generate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRIEF, timezone: "Pacific/Kiritimati", duration_days: 5 },
    });
    expect(gen.status, gen.text).toBe(201);
    const before = await month();
    const sent = before[0];
    await db.post.update({ where: { id: sent.id }, data: { status: "published" } });

    const patched = await callRoute(brandRoute.PATCH, {
      method: "PATCH",
      token: ws.tokens.editor,
      params: { brand: "acme-analytics" },
      body: { timezone: "America/New_York" },
    });
    expect(patched.status, patched.text).toBe(200);

    const after = await month();
    for (const p of after.filter((x) => x.id !== sent.id)) {
      const was = before.find((x) => x.id === p.id)!;
      expect({ date: p.date, time: p.time }).toEqual({ date: was.date, time: was.time });
      expect(p.scheduled_at).toBe(zonedInstant(p.date, p.time, "America/New_York").toISOString());
    }
    // Sent at 09:00 in Kiritimati on Jan 1, it stays sent then: 14:00 on Dec 31 in New York, shown on that day.
    const sentAfter = after.find((x) => x.id === sent.id)!;
    expect(sentAfter.scheduled_at).toBe(sent.scheduled_at);
    expect(zonedInstant(sentAfter.date, sentAfter.time, "America/New_York").toISOString()).toBe(sent.scheduled_at);
    expect(sentAfter.date).not.toBe(sent.date);
  });

  it("puts a post at a local time that happens twice on the first of the two, as the rest of the app does", async () => {
    const gen = await callRoute(generate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRIEF, timezone: "UTC", start_date: "2030-10-26", duration_days: 3 },
    });
    expect(gen.status, gen.text).toBe(201);
    // Every post at 02:30: on Sunday 27 October 2030 Paris reads 02:30 twice, at 00:30Z and again at 01:30Z.
    const posts = await db.post.findMany({ where: { brand: { slug: "acme-analytics" }, archivedAt: null } });
    for (const p of posts) {
      const day = p.date.toISOString().slice(0, 10);
      await db.post.update({ where: { id: p.id }, data: { scheduledAt: new Date(`${day}T02:30:00Z`) } });
    }
    expect(posts.map((p) => p.date.toISOString().slice(0, 10))).toContain("2030-10-27");

    const patched = await callRoute(brandRoute.PATCH, {
      method: "PATCH",
      token: ws.tokens.editor,
      params: { brand: "acme-analytics" },
      body: { timezone: "Europe/Paris" },
    });
    expect(patched.status, patched.text).toBe(200);

    const after = await month("2030-10-26", "2030-10-28");
    expect(after).toHaveLength(posts.length);
    for (const p of after) {
      expect(p.time).toBe("02:30");
      expect(p.scheduled_at).toBe(zonedInstant(p.date, "02:30", "Europe/Paris").toISOString());
    }
    expect(after.find((p) => p.date === "2030-10-27")!.scheduled_at).toBe("2030-10-27T00:30:00.000Z");
  });
});
