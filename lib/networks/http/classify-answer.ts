import { rawExcerpt } from "./failures";
import type { HttpAnswer } from "./send";
import type { FailureClass, PublishFailure } from "@/lib/networks/publisher";

/**
 * Maps each network's error answers to a failure class, following the table in
 * platform-contracts.md. Anything a retry cannot fix is "rejected"; only 5xx, 408, 429 and the
 * documented rate-limit codes are "retryable".
 */

export const num = (v: string | null): number | undefined => {
  if (v === null || v.trim() === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};

/** Retry-After as seconds or an HTTP date. */
export function retryAfter(headers: Headers, now: Date): Date | undefined {
  const v = headers.get("retry-after");
  if (!v) return undefined;
  const secs = num(v);
  if (secs !== undefined) return new Date(now.getTime() + Math.max(0, secs) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : new Date(at);
}

export function nextMidnightUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

export function fail(
  answer: HttpAnswer,
  failureClass: FailureClass,
  message: string,
  extra: Partial<PublishFailure> = {},
): PublishFailure {
  return {
    ok: false,
    failureClass,
    message,
    httpStatus: answer.status,
    raw: rawExcerpt(answer.status, answer.text),
    ...extra,
  };
}

export function later(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() >= b.getTime() ? a : b;
}

export function snippet(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 200);
}
