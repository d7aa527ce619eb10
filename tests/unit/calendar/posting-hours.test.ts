// Issue #13: a brand's posting hours decide the calendar's "outside posting hours" flag, the week view's
// shaded hours, the times generation picks and the best times offered.
import { describe, expect, it } from "vitest";
import { bestTimes, GUIDANCE, type TimedOutcome } from "@/lib/analytics/best-times";
import { findConflicts } from "@/components/calendar/conflicts";
import type { PostDto } from "@/lib/plans/post-dto";
import { generatePlan } from "@/lib/strategy/generate-plan";
import {
  clampToPostingHours,
  DEFAULT_POSTING_HOURS,
  isHourOutside,
  isWithinPostingHours,
} from "@/lib/strategy/posting-hours";
import { postingHoursSchema } from "@/lib/strategy/brief";
import { resolvePublishTime } from "@/lib/strategy/schedule";
import { acmeEn } from "../strategy/fixtures";

const say = {
  outside: (time: string, h: { start: string; end: string }) => `${time} outside ${h.start}-${h.end}`,
  crowded: (n: number) => `${n} on one day`,
};
const post = (id: string, date: string, time: string, platform: PostDto["platform"] = "linkedin") =>
  ({ id, date, time, platform, status: "draft" }) as PostDto;

describe("posting hours", () => {
  it("keeps today's 07:00–21:00 by default, both ends included", () => {
    expect(DEFAULT_POSTING_HOURS).toEqual({ start: 7, end: 21 });
    expect(isWithinPostingHours("07:00", DEFAULT_POSTING_HOURS)).toBe(true);
    expect(isWithinPostingHours("21:00", DEFAULT_POSTING_HOURS)).toBe(true);
    expect(isWithinPostingHours("06:59", DEFAULT_POSTING_HOURS)).toBe(false);
    expect(isWithinPostingHours("21:01", DEFAULT_POSTING_HOURS)).toBe(false);
    expect(isWithinPostingHours("23:59", { start: 0, end: 24 })).toBe(true);
  });

  it("validates: whole hours, start before end", () => {
    expect(postingHoursSchema.safeParse({ start: 9, end: 17 }).success).toBe(true);
    expect(postingHoursSchema.safeParse({ start: 0, end: 24 }).success).toBe(true);
    for (const bad of [
      { start: 17, end: 9 },
      { start: 9, end: 9 },
      { start: -1, end: 5 },
      { start: 8.5, end: 20 },
      { start: 8, end: 25 },
      { start: 8 },
    ])
      expect(postingHoursSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("shades whole hours outside, and pulls a time to the nearest edge", () => {
    const h = { start: 9, end: 17 };
    expect([8, 9, 16, 17].map((x) => isHourOutside(x, h))).toEqual([true, false, false, true]);
    expect(clampToPostingHours("07:30", h)).toBe("09:00");
    expect(clampToPostingHours("12:15", h)).toBe("12:15");
    expect(clampToPostingHours("19:00", h)).toBe("17:00");
    expect(clampToPostingHours("23:30", { start: 0, end: 24 })).toBe("23:30");
  });

  it("flags posts outside the brand's own hours", () => {
    const posts = [post("a", "2030-01-01", "08:00"), post("b", "2030-01-02", "12:00", "x")];
    expect(findConflicts(posts, DEFAULT_POSTING_HOURS, say).size).toBe(0);
    const late = findConflicts(posts, { start: 10, end: 18 }, say);
    expect(late.get("a")).toEqual(["08:00 outside 10:00-18:00"]);
    expect(late.has("b")).toBe(false);
  });

  it("keeps generated times inside: defaults pulled in, learned hours outside ignored, explicit times kept", () => {
    const hours = { start: 13, end: 18 };
    expect(resolvePublishTime("linkedin", undefined, undefined, hours)).toBe("13:00"); // default 09:00
    expect(resolvePublishTime("facebook", undefined, { "10": 3, "15": 1.5 }, hours)).toBe("15:30");
    expect(resolvePublishTime("x", undefined, { "20": 3 }, hours)).toBe("17:00");
    expect(resolvePublishTime("x", "22:00", undefined, hours)).toBe("22:00");
    const plan = generatePlan({
      brief: { ...acmeEn, postingHours: { start: 10, end: 12 } },
      startDate: "2030-03-01",
      durationDays: 7,
      networks: ["linkedin", "facebook", "x"],
      seed: 3,
    });
    expect(new Set(plan.posts.map((p) => p.time))).toEqual(new Set(["10:00", "12:00"]));
  });

  it("offers no best time outside the hours, learned or from guidance", () => {
    const outcomes: TimedOutcome[] = [9, 14, 20].flatMap((hour, i) =>
      Array.from({ length: 5 }, () => ({ network: "linkedin", weekday: 2, hour, engagementRate: 0.01 * (i + 1) })),
    );
    const [all] = bestTimes(outcomes, ["linkedin"]);
    expect(all.slots.map((s) => s.time)).toEqual(["20:00", "14:00", "09:00"]);
    const [afternoon, fb] = bestTimes(outcomes, ["linkedin", "facebook"], { start: 12, end: 18 });
    expect(afternoon.slots.map((s) => s.time)).toEqual(["14:00"]);
    expect(fb.slots.map((s) => s.time)).toEqual(GUIDANCE.facebook.filter((g) => g.time === "12:00").map((g) => g.time));
  });
});
