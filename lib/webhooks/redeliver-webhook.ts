import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverOutbox } from "@/lib/outbox/deliver-outbox";
import type { OutboxDeps } from "@/lib/outbox/types";
import { deliveryDto } from "./list-deliveries";

/** A new delivery of the same message, with the same webhook-id so receivers can de-duplicate. */
export async function redeliverWebhook(
  deps: OutboxDeps,
  { workspaceId, endpointId, deliveryId }: { workspaceId: string; endpointId: string; deliveryId: string },
) {
  // A removed endpoint keeps its log but takes no new deliveries: one would only be written as failed.
  const endpoint = await deps.db.webhookEndpoint.findFirst({
    where: { id: endpointId, workspaceId, disabledAt: null },
  });
  if (!endpoint) throw notFound("webhook");
  const original = await deps.db.outboxMessage.findFirst({
    where: { id: deliveryId, workspaceId, endpointId, channel: "webhook" },
  });
  if (!original) throw notFound("delivery");
  const copy = await deps.db.outboxMessage.create({
    data: {
      workspaceId,
      channel: "webhook",
      endpointId,
      // due at the request's clock, so the delivery below picks it up
      nextAttemptAt: deps.now,
      eventType: original.eventType,
      messageId: original.messageId,
      payload: original.payload as Prisma.InputJsonValue,
    },
  });
  await deliverOutbox({ ...deps, onlyIds: [copy.id] });
  return deliveryDto(await deps.db.outboxMessage.findUniqueOrThrow({ where: { id: copy.id } }));
}
