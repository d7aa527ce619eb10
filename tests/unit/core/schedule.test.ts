import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isTick, nextTick, SCHEDULE } from "@/lib/scheduler/schedule";
import { zonedInstant } from "@/lib/dates/zoned";

const vercel = JSON.parse(readFileSync(path.resolve(__dirname, "../../../vercel.json"), "utf8")) as {
  crons: { path: string; schedule: string }[];
};

describe("the schedule", () => {
  it("vercel.json lists exactly the built-in scheduler's crons", () => {
    const builtIn = SCHEDULE.map((s) => ({ path: s.path, schedule: s.cron }));
    expect(vercel.crons).toEqual(builtIn);
  });

  it("every cron path is a cron route of the app", () => {
    for (const s of SCHEDULE) {
      expect(() => readFileSync(path.resolve(__dirname, `../../../app${s.path}/route.ts`))).not.toThrow();
    }
  });

  it("publishes every minute, collects metrics daily, cleans up weekly and injects signals every 15 minutes, in UTC", () => {
    const at = new Date("2026-11-25T14:02:30Z");
    expect(nextTick("publish", at).toISOString()).toBe("2026-11-25T14:03:00.000Z");
    expect(nextTick("metrics", at).toISOString()).toBe("2026-11-26T03:30:00.000Z");
    expect(nextTick("retention", at).toISOString()).toBe("2026-11-29T04:15:00.000Z");
    expect(nextTick("outbox", at).toISOString()).toBe("2026-11-25T14:05:00.000Z");
    expect(nextTick("connections", at).toISOString()).toBe("2026-11-26T03:00:00.000Z");
    expect(nextTick("signals", at).toISOString()).toBe("2026-11-25T14:15:00.000Z");
    expect(isTick("metrics", new Date("2026-11-26T03:30:59Z"))).toBe(true);
    expect(isTick("metrics", new Date("2026-11-26T03:31:00Z"))).toBe(false);
    expect(isTick("retention", new Date("2026-11-26T04:15:00Z"))).toBe(false);
  });

  it("has a signals tick at every zone's local midnight, so a brand's new day gets its signals at once", () => {
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      for (const date of ["2026-01-15", "2026-07-15"]) {
        expect(isTick("signals", zonedInstant(date, "00:00", zone)), `${zone} ${date}`).toBe(true);
      }
    }
  });
});
