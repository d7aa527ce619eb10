import type { OutboxMessage } from "@/lib/generated/prisma/client";
import { isSlackUrl, signWebhook } from "@/lib/webhooks/sign-webhook";
import type { OutboxDeps } from "./types";

type SendResult = { ok: true; status?: number } | { ok: false; status?: number; error: string; permanent?: boolean };

export async function sendOutboxMessage(deps: OutboxDeps, msg: OutboxMessage): Promise<SendResult> {
  const payload = msg.payload as Record<string, unknown>;
  if (msg.channel === "email") {
    if (!deps.sendMail || !msg.recipient) return { ok: false, error: "SMTP is not configured" };
    try {
      await deps.sendMail({ to: msg.recipient, subject: String(payload.subject), text: String(payload.text) });
      return { ok: true };
    } catch (err) {
      return { ok: false, error: `SMTP: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  const endpoint = msg.endpointId
    ? await deps.db.webhookEndpoint.findFirst({ where: { id: msg.endpointId, workspaceId: msg.workspaceId } })
    : null;
  if (!endpoint || endpoint.disabledAt) return { ok: false, error: "The endpoint was removed", permanent: true };
  const slack = isSlackUrl(endpoint.url);
  // Slack incoming webhooks only render {"text"}; everything else gets the Standard Webhooks envelope.
  const body = JSON.stringify(
    slack
      ? { text: String(payload.text ?? payload.type) }
      : { type: payload.type, timestamp: payload.timestamp, data: payload.data },
  );
  const ts = Math.floor(deps.now.getTime() / 1000);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "SocialCM-Webhooks/1",
    "webhook-id": msg.messageId,
    "webhook-timestamp": String(ts),
    "webhook-signature": signWebhook(deps.webhookSecret(endpoint), msg.messageId, ts, body),
  };
  try {
    const res = await deps.post(endpoint.url, { headers, body });
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
    // 410 Gone is the spec's way for a receiver to say "stop"; other statuses are retried.
    return { ok: false, status: res.status, error: `HTTP ${res.status}`, permanent: res.status === 410 };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
