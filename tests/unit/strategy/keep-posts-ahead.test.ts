// A month planned during the day it starts on: today's posts only at times still ahead.
import { describe, expect, it } from "vitest";
import { generatePlan, type GeneratePlanInput } from "@/lib/strategy/generate-plan";
import { NETWORKS } from "@/lib/strategy/networks";
import { acmeEn } from "./fixtures";

// Europe/Paris in March 2025 is UTC+1; the default times are LinkedIn 09:00, Facebook 12:30, X 17:00.
const plan = (now: string | undefined, extra: Partial<GeneratePlanInput> = {}) =>
  generatePlan({
    brief: acmeEn,
    startDate: "2025-03-10",
    durationDays: 3,
    networks: [...NETWORKS],
    seed: 7,
    notBefore: now ? new Date(now) : undefined,
    ...extra,
  }).posts;
const times = (posts: ReturnType<typeof plan>, date: string) =>
  Object.fromEntries(posts.filter((p) => p.date === date).map((p) => [p.network, p.time]));

describe("a plan made on the day it starts", () => {
  it("moves today's posts whose time is gone to the next hour still ahead, keeping their minutes", () => {
    const now = "2025-03-10T10:15:00Z"; // 11:15 in Paris
    const posts = plan(now);
    expect(times(posts, "2025-03-10")).toEqual({ linkedin: "12:00", facebook: "12:30", x: "17:00" });
    for (const p of posts) expect(new Date(p.scheduledAt) > new Date(now), `${p.date} ${p.network}`).toBe(true);
    expect(posts.find((p) => p.date === "2025-03-10" && p.network === "linkedin")!.scheduledAt).toBe(
      "2025-03-10T11:00:00.000Z",
    );
    // other days, and every text, are as planned without a clock
    const planned = plan(undefined);
    expect(times(posts, "2025-03-11")).toEqual(times(planned, "2025-03-11"));
    expect(posts.map((p) => p.body)).toEqual(planned.map((p) => p.body));
  });

  it("stays inside the posting hours, and leaves a network out of today when none of them is left", () => {
    // 20:40 in Paris: 21:00 is the last time inside 07:00–21:00; Facebook's 21:30 would be outside
    expect(times(plan("2025-03-10T19:40:00Z"), "2025-03-10")).toEqual({ linkedin: "21:00", x: "21:00" });
    const late = plan("2025-03-10T20:45:00Z");
    expect(times(late, "2025-03-10")).toEqual({});
    expect(times(late, "2025-03-11")).toEqual({ linkedin: "09:00", facebook: "12:30", x: "17:00" });
  });

  it("keeps a plan that starts on a later day exactly as it is", () => {
    expect(plan("2025-03-09T22:00:00Z")).toEqual(plan(undefined));
  });
});
