import { afterEach, describe, expect, it } from "vitest";
import { addDays, dayRange, daysBetween, isIsoDate } from "@/lib/dates/days";
import { brandToday, localTime, nextBrandDay, zonedInstant } from "@/lib/dates/zoned";

const utc = (date: string, time: string, zone: string) => zonedInstant(date, time, zone).toISOString();

describe("zonedInstant", () => {
  it("follows the offset on either side of a DST switch", () => {
    expect(utc("2026-03-28", "09:00", "Europe/Paris")).toBe("2026-03-28T08:00:00.000Z");
    expect(utc("2026-03-29", "09:00", "Europe/Paris")).toBe("2026-03-29T07:00:00.000Z");
    expect(utc("2026-10-25", "09:00", "Europe/Paris")).toBe("2026-10-25T08:00:00.000Z");
    expect(utc("2026-07-01", "17:00", "America/New_York")).toBe("2026-07-01T21:00:00.000Z");
    expect(utc("2026-07-01", "17:00", "UTC")).toBe("2026-07-01T17:00:00.000Z");
    expect(utc("2025-01-15", "17:00", "Asia/Kolkata")).toBe("2025-01-15T11:30:00.000Z");
  });

  it("pushes a wall time that a spring-forward skips on by the jump", () => {
    // 02:30 does not exist on these days; 03:30 summer time is meant.
    expect(utc("2026-03-29", "02:30", "Europe/Paris")).toBe("2026-03-29T01:30:00.000Z");
    expect(utc("2026-03-08", "02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
  });

  it("takes the first of a wall time that a fall-back repeats", () => {
    // 02:30 happens at 00:30Z (summer time) and again at 01:30Z (winter time).
    expect(utc("2026-10-25", "02:30", "Europe/Paris")).toBe("2026-10-25T00:30:00.000Z");
    expect(utc("2026-10-25", "03:00", "Europe/Paris")).toBe("2026-10-25T02:00:00.000Z");
    // 01:30 happens at 05:30Z (daylight time) and again at 06:30Z (standard time).
    expect(utc("2026-11-01", "01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
    expect(utc("2026-11-01", "00:59", "America/New_York")).toBe("2026-11-01T04:59:00.000Z");
    // Lord Howe moves by half an hour: 01:45 happens at 14:45Z and again at 15:15Z.
    expect(utc("2026-04-05", "01:45", "Australia/Lord_Howe")).toBe("2026-04-04T14:45:00.000Z");
  });

  it("refuses impossible dates and times", () => {
    expect(() => zonedInstant("2026-02-30", "09:00", "UTC")).toThrow(RangeError);
    expect(() => zonedInstant("2026-02-01", "24:00", "UTC")).toThrow(RangeError);
  });
});

describe("brand-local day and time", () => {
  it("knows the brand-local day and clock of an instant", () => {
    const now = new Date("2026-11-23T23:30:00Z");
    expect(brandToday(now, "UTC")).toBe("2026-11-23");
    expect(brandToday(now, "Europe/Paris")).toBe("2026-11-24");
    expect(brandToday(now, "America/Los_Angeles")).toBe("2026-11-23");
    expect(localTime(now, "Europe/Paris")).toBe("00:30");
    expect(localTime(new Date("2026-07-01T21:05:00Z"), "America/New_York")).toBe("17:05");
  });

  it("knows when the brand's next day begins, also where the clocks change at midnight", () => {
    const next = (now: string, zone: string) => nextBrandDay(new Date(now), zone).toISOString();
    expect(next("2026-11-23T23:59:59.999Z", "UTC")).toBe("2026-11-24T00:00:00.000Z");
    expect(next("2026-11-24T00:00:00.000Z", "UTC")).toBe("2026-11-25T00:00:00.000Z");
    expect(next("2026-11-23T23:30:00Z", "Europe/Paris")).toBe("2026-11-24T23:00:00.000Z");
    // the night Paris goes back an hour, its day is 25 hours long
    expect(next("2026-10-25T12:00:00Z", "Europe/Paris")).toBe("2026-10-25T23:00:00.000Z");
    // Santiago skips from 00:00 to 01:00 on 6 September 2026: that day begins at 01:00 (-03)
    expect(next("2026-09-05T12:00:00Z", "America/Santiago")).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("calendar days", () => {
  const hostZone = process.env.TZ;
  afterEach(() => {
    if (hostZone === undefined) delete process.env.TZ;
    else process.env.TZ = hostZone;
  });

  it("adds and counts days whatever the host's own time zone", () => {
    for (const zone of ["UTC", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Paris"]) {
      process.env.TZ = zone;
      expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
      expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
      expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
      expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
      expect(addDays("2026-10-24", 400)).toBe("2027-11-28");
      expect(daysBetween("2026-01-01", "2026-12-31")).toBe(364);
      expect(daysBetween("2026-03-30", "2026-03-28")).toBe(-2);
      expect(dayRange("2026-10-24", "2026-10-26")).toEqual(["2026-10-24", "2026-10-25", "2026-10-26"]);
    }
  });

  it("tells real dates from impossible ones", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-2-01")).toBe(false);
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
  });
});
