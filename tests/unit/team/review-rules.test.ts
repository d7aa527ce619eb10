import { describe, expect, it } from "vitest";
import { assertMayApprove } from "@/lib/review/approval-policy";
import { findMentions } from "@/lib/comments/find-mentions";
import { signWebhook, verifyWebhook, isSlackUrl } from "@/lib/webhooks/sign-webhook";
import { AppError } from "@/lib/errors";

const fails = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return (e as AppError).message;
  }
  return null;
};

describe("assertMayApprove", () => {
  it("keeps today's behaviour when approval is off", () => {
    expect(
      fails(() => assertMayApprove({ approvalRequired: false, role: "editor", userId: "u", lastEditorId: "u" })),
    ).toBeNull();
    expect(
      fails(() => assertMayApprove({ approvalRequired: false, role: "viewer", userId: "u", lastEditorId: null })),
    ).toMatch(/editor/);
  });
  it("with approval on, needs an approver or owner, a person, and someone else's version", () => {
    expect(
      fails(() => assertMayApprove({ approvalRequired: true, role: "editor", userId: "u", lastEditorId: null })),
    ).toMatch(/approvers/);
    expect(
      fails(() => assertMayApprove({ approvalRequired: true, role: "owner", userId: null, lastEditorId: null })),
    ).toMatch(/token/);
    expect(
      fails(() => assertMayApprove({ approvalRequired: true, role: "approver", userId: "u", lastEditorId: "u" })),
    ).toMatch(/yourself/);
    expect(
      fails(() => assertMayApprove({ approvalRequired: true, role: "approver", userId: "u", lastEditorId: "v" })),
    ).toBeNull();
    expect(
      fails(() => assertMayApprove({ approvalRequired: true, role: "owner", userId: "u", lastEditorId: null })),
    ).toBeNull();
  });
});

describe("findMentions", () => {
  const members = [
    { id: "1", email: "nina@example.com", name: "Nina Rossi" },
    { id: "2", email: "paul@example.org", name: "Paul" },
  ];
  it("matches by email, local part or dotted name, ignoring case and trailing punctuation", () => {
    expect(findMentions("@Nina, look", members)).toEqual(["1"]);
    expect(findMentions("cc @paul@example.org.", members)).toEqual(["2"]);
    expect(findMentions("@nina.rossi and @PAUL", members).sort()).toEqual(["1", "2"]);
  });
  it("matches a first name when one member has it, and nobody when two do", () => {
    const team = [...members, { id: "3", email: "ed@agency.test", name: "Eddie Editor" }];
    expect(findMentions("@Eddie can you check?", team)).toEqual(["3"]);
    const twoEddies = [...team, { id: "4", email: "e.b@agency.test", name: "Eddie Brown" }];
    expect(findMentions("@eddie", twoEddies)).toEqual([]);
  });
  it("ignores unknown handles and email addresses in text", () => {
    expect(findMentions("write to nina@example.com or @someone", members)).toEqual([]);
  });
});

describe("Standard Webhooks signature", () => {
  // The example from the Standard Webhooks specification's reference test vectors.
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  const ts = 1614265330;
  const body = '{"test": 2432232314}';
  it("matches the specification's reference signature", () => {
    expect(signWebhook(secret, id, ts, body)).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });
  it("verifies, and refuses a changed body, a wrong secret or an old timestamp", () => {
    const headers = {
      "webhook-id": id,
      "webhook-timestamp": String(ts),
      "webhook-signature": `v1,bogus ${signWebhook(secret, id, ts, body)}`,
    };
    expect(verifyWebhook(secret, headers, body, ts + 10)).toBe(true);
    expect(verifyWebhook(secret, headers, body + " ", ts)).toBe(false);
    expect(verifyWebhook("whsec_" + Buffer.from("other").toString("base64"), headers, body, ts)).toBe(false);
    expect(verifyWebhook(secret, headers, body, ts + 301)).toBe(false);
  });
  it("recognises Slack incoming-webhook URLs", () => {
    expect(isSlackUrl("https://hooks.slack.com/services/T0/B0/x")).toBe(true);
    expect(isSlackUrl("https://example.com/hooks.slack.com")).toBe(false);
  });
});
