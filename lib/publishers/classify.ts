import { parseJson, rawExcerpt, type HttpAnswer } from "./http";
import type { FailureClass, PublishFailure } from "./types";

/**
 * Maps each network's error answers to a failure class, following the table in
 * platform-contracts.md. Anything a retry cannot fix is "rejected"; only 5xx, 408, 429 and the
 * documented rate-limit codes are "retryable".
 */

const num = (v: string | null): number | undefined => {
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

function fail(
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

function later(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() >= b.getTime() ? a : b;
}

function snippet(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 200);
}

// ---------------------------------------------------------------- LinkedIn

interface LinkedInError {
  message?: string;
  code?: string;
  serviceErrorCode?: number;
  errorDetails?: {
    inputErrors?: { code?: string; description?: string; input?: { inputPath?: { fieldPath?: string } } }[];
  };
}

export function classifyLinkedIn(answer: HttpAnswer, now: Date): PublishFailure {
  const body = (parseJson(answer.text) ?? {}) as LinkedInError;
  const s = answer.status;
  const msg = body.message ?? snippet(answer.text);
  const inputCodes = (body.errorDetails?.inputErrors ?? []).map((e) => e.code ?? "");
  if (s === 429) {
    // Daily application/member limits reset at midnight UTC; LinkedIn documents no rate-limit headers.
    return fail(answer, "retryable", `LinkedIn daily limit reached: ${msg}`, {
      retryAt: retryAfter(answer.headers, now) ?? nextMidnightUtc(now),
    });
  }
  if (s >= 500 || s === 408)
    return fail(answer, "retryable", `LinkedIn server error ${s}: ${msg}`, {
      retryAt: retryAfter(answer.headers, now),
    });
  if (s === 401) return fail(answer, "needs_reconnect", `LinkedIn rejected the access token: ${msg}`);
  if (s === 403) return fail(answer, "needs_reconnect", `LinkedIn denied access (missing permission or role): ${msg}`);
  if (
    s === 422 &&
    (body.code === "DUPLICATE_POST" || inputCodes.includes("DUPLICATE_POST") || /duplicate of urn:li:/i.test(msg))
  ) {
    const urn = /urn:li:(?:share|ugcPost):[A-Za-z0-9_-]+/.exec(msg)?.[0];
    return fail(
      answer,
      "already_published",
      `LinkedIn reports a duplicate: ${msg}`,
      urn ? { existingRemoteId: urn } : {},
    );
  }
  if (s === 422) {
    const fields = (body.errorDetails?.inputErrors ?? []).map((e) => e.input?.inputPath?.fieldPath).filter(Boolean);
    return fail(
      answer,
      "rejected",
      `LinkedIn rejected the post${fields.length ? ` (${fields.join(", ")})` : ""}: ${msg}`,
    );
  }
  if (s === 426)
    return fail(answer, "rejected", `LinkedIn API version is not active (set LINKEDIN_API_VERSION): ${msg}`);
  return fail(answer, "rejected", `LinkedIn answered ${s}: ${msg}`);
}

// ---------------------------------------------------------------- Facebook

interface GraphError {
  error?: {
    message?: string;
    type?: string;
    code?: number;
    error_subcode?: number;
    is_transient?: boolean;
    fbtrace_id?: string;
  };
}

const FB_RATE_CODES = new Set([4, 17, 32, 613]);
const FB_TRANSIENT_CODES = new Set([1, 2]);
const FB_POSTING_TOO_FAST = 1390008;

/** X-Business-Use-Case-Usage / X-Page-Usage carry `estimated_time_to_regain_access` in minutes. */
export function facebookRegainAccess(headers: Headers, now: Date): Date | undefined {
  let minutes = 0;
  for (const name of ["x-business-use-case-usage", "x-page-usage", "x-app-usage"]) {
    const parsed = parseJson(headers.get(name) ?? "");
    const stack: unknown[] = [parsed];
    while (stack.length) {
      const cur = stack.pop();
      if (Array.isArray(cur)) stack.push(...cur);
      else if (cur && typeof cur === "object") {
        const v = (cur as Record<string, unknown>).estimated_time_to_regain_access;
        if (typeof v === "number" && v > minutes) minutes = v;
        stack.push(...Object.values(cur));
      }
    }
  }
  return minutes > 0 ? new Date(now.getTime() + minutes * 60_000) : undefined;
}

export function classifyFacebook(answer: HttpAnswer, now: Date): PublishFailure {
  const err = ((parseJson(answer.text) ?? {}) as GraphError).error ?? {};
  const s = answer.status;
  const code = err.code;
  const msg = err.message ?? snippet(answer.text);
  const label = `Facebook${code !== undefined ? ` error ${code}${err.error_subcode ? `/${err.error_subcode}` : ""}` : ` answered ${s}`}: ${msg}`;
  const wait = () => later(retryAfter(answer.headers, now), facebookRegainAccess(answer.headers, now));
  if (code === 190 || /error validating access token/i.test(msg)) return fail(answer, "needs_reconnect", label);
  if (code === 506 || /duplicate status message/i.test(msg)) return fail(answer, "already_published", label);
  if ((code !== undefined && FB_RATE_CODES.has(code)) || err.error_subcode === FB_POSTING_TOO_FAST || s === 429) {
    return fail(answer, "retryable", label, { retryAt: wait() });
  }
  if (s >= 500 || s === 408 || err.is_transient || (code !== undefined && FB_TRANSIENT_CODES.has(code))) {
    return fail(answer, "retryable", label, { retryAt: wait() });
  }
  // 10 and 200–299 are missing permissions: the Page token must be granted them again.
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299) || s === 401)
    return fail(answer, "needs_reconnect", label);
  return fail(answer, "rejected", label);
}

// ---------------------------------------------------------------- X

interface XError {
  title?: string;
  detail?: string;
  errors?: { code?: number; message?: string; detail?: string }[];
}

/** x-rate-limit-reset (Unix seconds); when a 24-hour cap is exhausted, its reset wins. */
export function xRateLimitReset(headers: Headers): Date | undefined {
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
