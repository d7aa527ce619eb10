import { describe, expect, it } from "vitest";
import { bestTimeOn, bestTimes, GUIDANCE, type TimedOutcome } from "@/lib/analytics/best-times";

const posts = (weekday: number, hour: number, rate: number, n: number, network = "linkedin"): TimedOutcome[] =>
  Array.from({ length: n }, () => ({ network, weekday, hour, engagementRate: rate }));

describe("best times", () => {
  it("ranks weekday-hour slots by their median over the network's, with enough posts behind each", () => {
    const outcomes = [
      ...posts(2, 9, 0.06, 5), // Tuesdays 09:00
      ...posts(4, 14, 0.03, 6),
      ...posts(1, 8, 0.045, 4),
      ...posts(6, 20, 0.2, 2), // too few posts to count
    ];
    const [li, fb] = bestTimes(outcomes, ["linkedin", "facebook"]);
    expect(li.source).toBe("data");
    expect(li.posts).toBe(17);
    expect(li.slots.map((s) => [s.weekday, s.time])).toEqual([
      [2, "09:00"],
      [1, "08:00"],
      [4, "14:00"],
    ]);
    expect(li.slots[0].lift).toBeCloseTo(0.06 / 0.045, 2);
    expect(li.slots[0].posts).toBe(5);
    expect(fb).toMatchObject({ source: "guidance", posts: 0 });
    expect(fb.slots.map((s) => s.time)).toEqual(GUIDANCE.facebook.map((g) => g.time));
  });

  it("falls back to guidance with too little data, and picks a day's time from the slots", () => {
    const [x] = bestTimes(posts(2, 9, 0.05, 5, "x"), ["x"]);
    expect(x.source).toBe("guidance");
    expect(bestTimeOn(x, 3)).toBe("09:00");
    expect(bestTimeOn(x, 0)).toBe(x.slots[0].time);
  });
});
