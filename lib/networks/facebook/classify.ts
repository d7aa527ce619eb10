import { retryAfter, fail, later, snippet } from "@/lib/networks/http/classify-answer";
import { parseJson, type HttpAnswer } from "@/lib/networks/http/send";
import type { PublishFailure } from "@/lib/networks/publisher";

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
function facebookRegainAccess(headers: Headers, now: Date): Date | undefined {
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
