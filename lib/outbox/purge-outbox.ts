import type { Db } from "@/lib/db";
import { shiftInstant } from "@/lib/dates/days";

/**
 * The retention cleanup's share of the outbox: emails (recipients' addresses and links included) and
 * webhook deliveries that were sent or given up on before the window go; pending ones stay until sent.
 */
export async function purgeOutbox({ db, now, retentionDays }: { db: Db; now: Date; retentionDays: number }) {
  const { count } = await db.outboxMessage.deleteMany({
    where: { status: { in: ["sent", "failed"] }, createdAt: { lt: shiftInstant(now, -retentionDays) } },
  });
  return count;
}
