import { retryAfter, nextMidnightUtc, fail, snippet } from "@/lib/networks/http/classify-answer";
import { parseJson, type HttpAnswer } from "@/lib/networks/http/send";
import type { PublishFailure } from "@/lib/networks/publisher";

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
