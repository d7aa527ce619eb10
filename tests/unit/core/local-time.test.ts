import { describe, expect, it } from "vitest";
import { brandToday, zonedInstant } from "@/lib/plans/local-time";

describe("zonedInstant", () => {
  it("handles DST in Paris", () => {
    expect(zonedInstant("2026-03-29", "09:00", "Europe/Paris").toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(zonedInstant("2026-03-28", "09:00", "Europe/Paris").toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(zonedInstant("2026-10-25", "09:00", "Europe/Paris").toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("handles zones west of UTC and UTC itself", () => {
    expect(zonedInstant("2026-07-01", "17:00", "America/New_York").toISOString()).toBe("2026-07-01T21:00:00.000Z");
    expect(zonedInstant("2026-07-01", "17:00", "UTC").toISOString()).toBe("2026-07-01T17:00:00.000Z");
  });

  it("knows the brand-local day", () => {
    const now = new Date("2026-11-23T23:30:00Z");
    expect(brandToday(now, "UTC")).toBe("2026-11-23");
    expect(brandToday(now, "Europe/Paris")).toBe("2026-11-24");
    expect(brandToday(now, "America/Los_Angeles")).toBe("2026-11-23");
  });
});
