import { describe, expect, it } from "vitest";
import { backoffDelayMs, hasAttemptsLeft, nextRetryAt } from "@/lib/networks/backoff";

describe("backoff", () => {
  const policy = { baseMs: 1000, capMs: 60_000, minMs: 100, maxAttempts: 4 };

  it("waits a jittered share of 1 s, 2 s, 4 s… up to the 60 s cap, never under the 100 ms floor", () => {
    const half = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelayMs(n, half, policy))).toEqual([
      500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
    const top = () => 1;
    expect([1, 2, 3, 6, 7, 40, 100].map((n) => backoffDelayMs(n, top, policy))).toEqual([
      1000, 2000, 4000, 32_000, 60_000, 60_000, 60_000,
    ]);
    expect([1, 5, 40].map((n) => backoffDelayMs(n, () => 0, policy))).toEqual([100, 100, 100]);
    expect(backoffDelayMs(3, () => 0.3, policy)).toBe(1200);
  });

  it("uses one minute doubling up to six hours by default", () => {
    expect([1, 2, 9, 10].map((n) => backoffDelayMs(n, () => 1))).toEqual([60_000, 120_000, 15_360_000, 21_600_000]);
    expect(backoffDelayMs(1, () => 0)).toBe(5_000);
  });

  it("nextRetryAt respects a later network reset, not an earlier one", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const jittered = nextRetryAt(now, 1, undefined, () => 0.5, policy);
    expect(jittered.toISOString()).toBe("2026-01-01T00:00:00.500Z");
    const later = new Date("2026-01-01T01:00:00Z");
    expect(nextRetryAt(now, 1, later, () => 0.5, policy)).toEqual(later);
    const earlier = new Date("2025-12-31T23:00:00Z");
    expect(nextRetryAt(now, 1, earlier, () => 0.5, policy).toISOString()).toBe("2026-01-01T00:00:00.500Z");
  });

  it("bounds the number of attempts", () => {
    expect(hasAttemptsLeft(3, policy)).toBe(true);
    expect(hasAttemptsLeft(4, policy)).toBe(false);
    expect(hasAttemptsLeft(4)).toBe(true);
    expect(hasAttemptsLeft(5)).toBe(false);
  });
});
