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
const month = async () => {
  const res = await callRoute(postsRoute.GET, {
    token: ws.tokens.viewer,
    params: { brand: "acme-analytics" },
    path: "/api/brands/acme-analytics/posts?from=2029-12-30&to=2030-01-05",
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
});
