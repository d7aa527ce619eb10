import type { Db } from "@/lib/db";
import type { OutboxMessage } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/errors";
import { newestFirst, olderThan, pageOf } from "@/lib/pagination/keyset-cursor";

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

/** An endpoint's delivery log, newest first, a page at a time. */
export async function listDeliveries({
  db,
  workspaceId,
  endpointId,
  limit,
  cursor,
}: {
  db: Db;
  workspaceId: string;
  endpointId: string;
  limit: number;
  cursor?: string;
}) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId } });
  if (!endpoint) throw notFound("webhook");
  const rows = await db.outboxMessage.findMany({
    where: { workspaceId, endpointId, ...olderThan(cursor) },
    orderBy: newestFirst(),
    take: limit + 1,
  });
  const { page, next_cursor } = pageOf(rows, limit);
  return { deliveries: page.map(deliveryDto), next_cursor };
}
