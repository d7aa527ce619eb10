/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff and Jitter"):
 * the n-th retry waits a uniformly random time in [minMs, min(capMs, baseMs·2^(n-1))]. Jitter
 * spreads many failed posts over the window so they do not hit a recovering network together;
 * the floor keeps a "random() ≈ 0" draw from retrying immediately.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  minMs: number;
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 60_000,
  capMs: 6 * 3_600_000,
  minMs: 5_000,
  maxAttempts: 5,
};

/** `attempt` is the attempt that just failed, counted from 1. */
export function backoffDelayMs(
  attempt: number,
  random: () => number = Math.random,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const n = Math.max(1, Math.floor(attempt));
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(n - 1, 30));
  const r = Math.min(1, Math.max(0, random()));
  return Math.max(Math.min(policy.minMs, ceiling), Math.round(r * ceiling));
}

export function hasAttemptsLeft(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF): boolean {
  return attempt < policy.maxAttempts;
}

/** When to try again: the jittered backoff, or the network's own reset time when that is later. */
export function nextRetryAt(
  now: Date,
  attempt: number,
  retryAt?: Date | null,
  random: () => number = Math.random,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): Date {
  const backoff = new Date(now.getTime() + backoffDelayMs(attempt, random, policy));
  return retryAt && retryAt.getTime() > backoff.getTime() ? new Date(retryAt.getTime()) : backoff;
}
