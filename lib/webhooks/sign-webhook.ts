import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Standard Webhooks secrets: "whsec_" + base64 of the key bytes. */
export function newWebhookSecret(): string {
  return "whsec_" + randomBytes(24).toString("base64");
}

/** webhook-signature for the Standard Webhooks spec: "v1," + base64(HMAC-SHA256(key, id.timestamp.body)). */
export function signWebhook(secret: string, msgId: string, timestampSec: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return "v1," + createHmac("sha256", key).update(`${msgId}.${timestampSec}.${body}`).digest("base64");
}

/** The receiver's side, as documented in the README; a header may carry several space-separated signatures. */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | undefined>,
  body: string,
  nowSec: number,
) {
  const id = headers["webhook-id"];
  const ts = Number(headers["webhook-timestamp"]);
  const sigs = (headers["webhook-signature"] ?? "").split(" ");
  if (!id || !Number.isFinite(ts) || Math.abs(nowSec - ts) > 300) return false;
  const expected = Buffer.from(signWebhook(secret, id, ts, body));
  return sigs.some((s) => {
    const b = Buffer.from(s);
    return b.length === expected.length && timingSafeEqual(b, expected);
  });
}

export function isSlackUrl(url: string): boolean {
  try {
    return new URL(url).hostname === "hooks.slack.com";
  } catch {
    return false;
  }
}
