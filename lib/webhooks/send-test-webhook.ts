import { randomUUID } from "node:crypto";
import { notFound } from "@/lib/errors";
import { deliverOutbox } from "@/lib/outbox/deliver-outbox";
import type { OutboxDeps } from "@/lib/outbox/types";
import { deliveryDto } from "./list-deliveries";

/** Queues a `webhook.test` message for one endpoint and delivers it at once; retries follow the usual schedule. */
export async function sendTestWebhook(
  deps: OutboxDeps,
  { workspaceId, endpointId }: { workspaceId: string; endpointId: string },
) {
  const endpoint = await deps.db.webhookEndpoint.findFirst({
    where: { id: endpointId, workspaceId, disabledAt: null },
  });
  if (!endpoint) throw notFound("webhook");
  const msg = await deps.db.outboxMessage.create({
    data: {
      workspaceId,
      channel: "webhook",
      endpointId,
      // due at the request's clock, so the delivery below picks it up
      nextAttemptAt: deps.now,
      eventType: "webhook.test",
      messageId: `msg_${randomUUID()}`,
      payload: {
        type: "webhook.test",
        timestamp: deps.now.toISOString(),
        data: { endpoint_id: endpointId },
        text: "Social CM test message: this endpoint receives the workspace's events.",
      },
    },
  });
  await deliverOutbox({ ...deps, onlyIds: [msg.id] });
  return deliveryDto(await deps.db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } }));
}
