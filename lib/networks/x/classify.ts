import { num, retryAfter, fail, later, snippet } from "@/lib/networks/http/classify-answer";
import { parseJson, type HttpAnswer } from "@/lib/networks/http/send";
import type { PublishFailure } from "@/lib/networks/publisher";

interface XError {
  title?: string;
  detail?: string;
  errors?: { code?: number; message?: string; detail?: string }[];
}

/** x-rate-limit-reset (Unix seconds); when a 24-hour cap is exhausted, its reset wins. */
function xRateLimitReset(headers: Headers): Date | undefined {
  let at: Date | undefined;
  const reset = num(headers.get("x-rate-limit-reset"));
  if (reset !== undefined) at = new Date(reset * 1000);
  for (const scope of ["user", "app"]) {
    const remaining = num(headers.get(`x-${scope}-limit-24hour-remaining`));
    const r = num(headers.get(`x-${scope}-limit-24hour-reset`));
    if (remaining === 0 && r !== undefined) at = later(at, new Date(r * 1000));
  }
  return at;
}

export function classifyX(answer: HttpAnswer, now: Date): PublishFailure {
  const body = (parseJson(answer.text) ?? {}) as XError;
  const s = answer.status;
  const msg =
    body.detail ?? body.errors?.[0]?.message ?? body.errors?.[0]?.detail ?? body.title ?? snippet(answer.text);
  if (s === 429) {
    return fail(answer, "retryable", `X rate limit reached: ${msg}`, {
      retryAt: later(retryAfter(answer.headers, now), xRateLimitReset(answer.headers)),
    });
  }
  if (s >= 500 || s === 408)
    return fail(answer, "retryable", `X server error ${s}: ${msg}`, { retryAt: retryAfter(answer.headers, now) });
  if (s === 401) return fail(answer, "needs_reconnect", `X rejected the access token (refresh or reconnect): ${msg}`);
  if (s === 403 && /duplicate content/i.test(answer.text))
    return fail(answer, "already_published", `X reports a duplicate: ${msg}`);
  // Other 403s (too long, not permitted) are about this content or request: retrying cannot help.
  return fail(answer, "rejected", `X answered ${s}: ${msg}`);
}
