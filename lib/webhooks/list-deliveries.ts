import type { Db } from "@/lib/db";
import type { OutboxMessage } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/errors";

export function deliveryDto(m: OutboxMessage) {
  return {
    id: m.id,
    event: m.eventType,
    message_id: m.messageId,
    status: m.status,
    attempts: m.attempts,
    last_status: m.lastStatus,
    last_error: m.lastError,
    next_attempt_at: m.status === "pending" ? m.nextAttemptAt.toISOString() : null,
    created_at: m.createdAt.toISOString(),
    sent_at: m.sentAt?.toISOString() ?? null,
  };
}

export async function listDeliveries({
  db,
  workspaceId,
  endpointId,
}: {
  db: Db;
  workspaceId: string;
  endpointId: string;
}) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId } });
  if (!endpoint) throw notFound("webhook");
  const rows = await db.outboxMessage.findMany({
    where: { workspaceId, endpointId },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return rows.map(deliveryDto);
}
