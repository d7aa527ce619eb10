import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/notifications/notify-context";
import type { WebhookEvent } from "@/lib/notifications/kinds";

/** One outbox row per subscribed endpoint, in the caller's transaction. `text` is what a Slack target shows. */
export async function enqueueWebhookEvent(
  tx: Tx,
  {
    workspaceId,
    type,
    data,
    text,
    now,
  }: { workspaceId: string; type: WebhookEvent; data: Prisma.InputJsonValue; text: string; now: Date },
) {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { workspaceId, disabledAt: null, events: { has: type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return 0;
  await tx.outboxMessage.createMany({
    data: endpoints.map((e) => ({
      workspaceId,
      channel: "webhook",
      endpointId: e.id,
      eventType: type,
      messageId: `msg_${randomUUID()}`,
      payload: { type, timestamp: now.toISOString(), data, text },
    })),
  });
  return endpoints.length;
}
