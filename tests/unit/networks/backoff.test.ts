import { describe, expect, it } from "vitest";
import { backoffDelayMs, DEFAULT_BACKOFF, hasAttemptsLeft, nextRetryAt } from "@/lib/networks/backoff";

describe("backoff", () => {
  const policy = { baseMs: 1000, capMs: 60_000, minMs: 100, maxAttempts: 4 };

  it("full jitter stays within [min, min(cap, base·2^(n-1))]", () => {
    for (let attempt = 1; attempt <= 40; attempt++) {
      const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
      expect(backoffDelayMs(attempt, () => 0, policy)).toBe(100);
      expect(backoffDelayMs(attempt, () => 0.999999, policy)).toBeLessThanOrEqual(ceiling);
      expect(backoffDelayMs(attempt, () => 0.5, policy)).toBe(Math.round(ceiling / 2));
    }
    expect(backoffDelayMs(100, () => 1, policy)).toBe(60_000);
  });

  it("nextRetryAt respects a later network reset, not an earlier one", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const jittered = nextRetryAt(now, 1, undefined, () => 0.5, policy);
    expect(jittered.getTime()).toBe(now.getTime() + 500);
    const later = new Date("2026-01-01T01:00:00Z");
    expect(nextRetryAt(now, 1, later, () => 0.5, policy)).toEqual(later);
    const earlier = new Date("2025-12-31T23:00:00Z");
    expect(nextRetryAt(now, 1, earlier, () => 0.5, policy)).toEqual(jittered);
  });

  it("bounds the number of attempts", () => {
    expect(hasAttemptsLeft(3, policy)).toBe(true);
    expect(hasAttemptsLeft(4, policy)).toBe(false);
    expect(DEFAULT_BACKOFF.maxAttempts).toBeGreaterThan(1);
  });
});
