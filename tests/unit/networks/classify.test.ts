import { describe, expect, it } from "vitest";
import { classifyFacebook } from "@/lib/networks/facebook/classify";
import { classifyLinkedIn } from "@/lib/networks/linkedin/classify";
import { classifyX } from "@/lib/networks/x/classify";
import type { HttpAnswer } from "@/lib/networks/http/send";

const now = new Date("2026-05-05T10:00:00Z");
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer => ({
  kind: "answer",
  status,
  headers: new Headers(headers),
  text: typeof body === "string" ? body : JSON.stringify(body),
});

describe("classify", () => {
  it("LinkedIn: 422 duplicate vs 422 missing field; Retry-After beats midnight", () => {
    expect(
      classifyLinkedIn(
        answer(422, { code: "DUPLICATE_POST", message: "Content is a duplicate of urn:li:share:123" }),
        now,
      ),
    ).toMatchObject({
      failureClass: "already_published",
      existingRemoteId: "urn:li:share:123",
    });
    const missing = classifyLinkedIn(
      answer(422, {
        message: "ERROR :: /visibility :: Field is required",
        errorDetails: { inputErrors: [{ code: "FIELD_REQUIRED", input: { inputPath: { fieldPath: "/visibility" } } }] },
        status: 422,
      }),
      now,
    );
    expect(missing).toMatchObject({ failureClass: "rejected" });
    expect(missing.message).toContain("/visibility");
    expect(classifyLinkedIn(answer(429, {}, { "retry-after": "30" }), now).retryAt).toEqual(
      new Date(now.getTime() + 30_000),
    );
  });

  it("Facebook: codes decide, whatever the HTTP status", () => {
    const fb = (code: number, extra: object = {}, status = 400) =>
      classifyFacebook(answer(status, { error: { message: "m", type: "OAuthException", code, ...extra } }), now)
        .failureClass;
    expect(fb(190)).toBe("needs_reconnect");
    expect(fb(506)).toBe("already_published");
    for (const c of [4, 17, 32, 613]) expect(fb(c)).toBe("retryable");
    expect(fb(368, { error_subcode: 1390008 })).toBe("retryable");
    expect(fb(100)).toBe("rejected");
    expect(fb(1, {}, 500)).toBe("retryable");
    expect(
      classifyFacebook(answer(400, { error: { message: "Error validating access token: expired", code: 102 } }), now)
        .failureClass,
    ).toBe("needs_reconnect");
    expect(classifyFacebook(answer(502, "<html>Bad gateway</html>"), now).failureClass).toBe("retryable");
  });

  it("X: 429 waits for the later of the window and an exhausted 24-hour cap", () => {
    const r = classifyX(
      answer(
        429,
        { errors: [{ code: 88 }] },
        {
          "x-rate-limit-reset": "1800000000",
          "x-user-limit-24hour-remaining": "0",
          "x-user-limit-24hour-reset": "1800050000",
        },
      ),
      now,
    );
    expect(r).toMatchObject({ failureClass: "retryable" });
    expect(r.retryAt).toEqual(new Date(1800050000 * 1000));
    expect(classifyX(answer(403, { detail: "You are not permitted to perform this action." }), now).failureClass).toBe(
      "rejected",
    );
  });

  it("keeps raw to 2,000 characters with the status first", () => {
    const r = classifyX(answer(500, "x".repeat(5000)), now);
    expect(r.raw.startsWith("HTTP 500\n")).toBe(true);
    expect(r.raw.length).toBe(2000);
  });
});
