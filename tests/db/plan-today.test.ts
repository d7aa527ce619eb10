// The calendar's "Generate month" on a month already under way plans today too: only at times still ahead.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import * as generate from "@/app/api/strategy/generate/route";
import * as preview from "@/app/api/strategy/generate/preview/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
});
afterEach(() => {
  vi.useRealTimers();
});

/** The route run with its clock at `now` (only Date is pinned: the database driver keeps its timers). */
async function generateAt(now: string, brandName: string, extra: Record<string, unknown> = { skip_past_hours: true }) {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(now) });
  const res = await callRoute(generate.POST, {
    method: "POST",
    token: ws.tokens.editor,
    body: { ...BRIEF, brand_name: brandName, start_date: "2030-01-10", duration_days: 2, ...extra },
  });
  expect(res.status, res.text).toBe(201);
  const posts = await db.post.findMany({ where: { brandId: res.json.brand_id, archivedAt: null } });
  return posts.map((p) => ({ date: p.date.toISOString().slice(0, 10), platform: p.platform, at: p.scheduledAt }));
}

describe("planning a month on the day it starts (Europe/Paris, UTC+1 in January)", () => {
  it("plans today's posts only at times still ahead", async () => {
    const now = new Date("2030-01-10T10:15:00Z"); // 11:15 in Paris; LinkedIn's 09:00 is gone
    const posts = await generateAt(now.toISOString(), "Morning Finch");
    const today = posts.filter((p) => p.date === "2030-01-10");
    expect(today.map((p) => p.platform).sort()).toEqual(["facebook", "linkedin", "x"]);
    for (const p of today) expect(p.at.getTime(), p.platform).toBeGreaterThan(now.getTime());
    expect(today.find((p) => p.platform === "linkedin")!.at.toISOString()).toBe("2030-01-10T11:00:00.000Z");
    expect(posts.filter((p) => p.date === "2030-01-11")).toHaveLength(3);
  });

  it("leaves today out when none of the posting hours is left", async () => {
    const posts = await generateAt("2030-01-10T20:30:00Z", "Evening Finch"); // 21:30 in Paris
    expect(posts.filter((p) => p.date === "2030-01-10")).toEqual([]);
    expect(posts.filter((p) => p.date === "2030-01-11")).toHaveLength(3);
  });

  it("the preview counts the posts the plan will hold, without today's left-out ones, and names the moved ones", async () => {
    await generateAt("2030-01-09T12:00:00Z", "Counting Finch", {});
    const planned = async (now: string, skip: string) => {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date(now) });
      const res = await callRoute(preview.GET, {
        token: ws.tokens.editor,
        path: `/api/strategy/generate/preview?brand=counting-finch&start_date=2030-01-10&duration_days=2${skip}`,
      });
      return { status: res.status, planned: res.json.planned, moved: res.json.moved_today };
    };
    expect(await planned("2030-01-10T20:30:00Z", "&skip_past_hours=true")).toMatchObject({
      status: 200,
      planned: 3,
      moved: [],
    });
    // 11:15 in Paris: LinkedIn's 09:00 has passed and moves to 12:00, the others keep their hours.
    expect(await planned("2030-01-10T10:15:00Z", "&skip_past_hours=true")).toMatchObject({
      planned: 6,
      moved: [{ platform: "linkedin", from: "09:00", to: "12:00" }],
    });
    expect(await planned("2030-01-10T10:15:00Z", "")).toMatchObject({ planned: 6, moved: [] });
    expect(await planned("2030-01-10T20:30:00Z", "")).toMatchObject({ planned: 6 });
    expect(await planned("2030-01-10T20:30:00Z", "&skip_past_hours=maybe")).toMatchObject({ status: 422 });
  });

  it("keeps the exact times of an API client that does not ask it", async () => {
    const posts = await generateAt("2030-01-10T10:15:00Z", "Literal Finch", {});
    const linkedin = posts.find((p) => p.date === "2030-01-10" && p.platform === "linkedin")!;
    expect(linkedin.at.toISOString()).toBe("2030-01-10T08:00:00.000Z");
  });
});
