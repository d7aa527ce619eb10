import { describe, expect, it } from "vitest";
import { laterToday } from "@/lib/plans/later-today";
import { brandToday } from "@/lib/dates/zoned";

const LA = "America/Los_Angeles";
// 15:53 in Los Angeles on Dec 5 (23:53 UTC)
const now = new Date("2026-12-05T23:53:00Z");
const today = brandToday(now, LA);
const at = (iso: string) => new Date(iso);

describe("laterToday", () => {
  it("moves today's passed hours to the next quarter hour, in the brand's zone", () => {
    expect(today).toBe("2026-12-05");
    // 09:00 LA is 17:00 UTC, already past: the next quarter hour is 16:00 LA (00:00 UTC Dec 6)
    expect(laterToday(at("2026-12-05T17:00:00Z"), today, now, today, LA)).toEqual(at("2026-12-06T00:00:00Z"));
  });

  it("leaves coming hours, other days, and a day with no quarter hour left alone", () => {
    const evening = at("2026-12-06T01:00:00Z"); // 17:00 LA
    expect(laterToday(evening, today, now, today, LA)).toBe(evening);
    const yesterday = at("2026-12-04T17:00:00Z");
    expect(laterToday(yesterday, "2026-12-04", now, today, LA)).toBe(yesterday);
    const lateNow = new Date("2026-12-06T07:55:00Z"); // 23:55 LA: the next quarter hour is tomorrow
    const morning = at("2026-12-05T17:00:00Z");
    expect(laterToday(morning, today, lateNow, brandToday(lateNow, LA), LA)).toBe(morning);
  });
});
