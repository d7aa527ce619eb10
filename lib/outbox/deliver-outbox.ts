import { backoffDelayMs, hasAttemptsLeft, type BackoffPolicy } from "@/lib/networks/backoff";
import type { OutboxMessage } from "@/lib/generated/prisma/client";
import type { OutboxDeps } from "./types";
import { sendOutboxMessage } from "./send-outbox-message";

export const OUTBOX_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 6 * 3_600_000, minMs: 5_000, maxAttempts: 8 };
const LEASE_MS = 120_000;

/**
 * Sends due outbox rows: claimed with SKIP LOCKED and a lease, so overlapping calls (cron and scheduler)
 * never send a row twice at once, and a sender that died mid-way is retried after its lease.
 * A failure waits with exponential backoff; after OUTBOX_BACKOFF.maxAttempts it stays `failed`.
 */
export async function deliverOutbox(deps: OutboxDeps) {
  const { db, now } = deps;
  const channels = deps.sendMail ? ["email", "webhook"] : ["webhook"];
  const claimed = await db.$queryRaw<OutboxMessage[]>`
    UPDATE "OutboxMessage" SET status = 'sending', attempts = attempts + 1,
      "leaseUntil" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE channel = ANY(${channels}) AND "nextAttemptAt" <= ${now}
        AND (${deps.onlyIds ?? null}::text[] IS NULL OR id = ANY(${deps.onlyIds ?? null}::text[]))
        AND (status = 'pending' OR (status = 'sending' AND "leaseUntil" < ${now}))
      ORDER BY "nextAttemptAt" LIMIT ${deps.limit ?? 50}
      FOR UPDATE SKIP LOCKED)
    RETURNING *`;
  const clock = deps.clock ?? (() => now);
  const counts = { sent: 0, retrying: 0, failed: 0, taken_over: 0 };
  for (const msg of claimed) {
    // Rows wait their turn behind slower sends and may outlive the batch's lease; another process may
    // have claimed one since. Renewing the lease, fenced on this claim's attempt number, keeps the row
    // and proves it is still ours, so no message goes out twice at once.
    const at = clock();
    const mine = { id: msg.id, status: "sending", attempts: msg.attempts };
    const held = await db.outboxMessage.updateMany({
      where: mine,
      data: { leaseUntil: new Date(at.getTime() + LEASE_MS) },
    });
    if (held.count === 0) {
      counts.taken_over++;
      continue;
    }
    const result = await sendOutboxMessage({ ...deps, now: at }, msg);
    if (result.ok) {
      await db.outboxMessage.updateMany({
        where: mine,
        data: { status: "sent", sentAt: at, lastStatus: result.status ?? null, lastError: null, leaseUntil: null },
      });
      counts.sent++;
      continue;
    }
    const final = !hasAttemptsLeft(msg.attempts, OUTBOX_BACKOFF) || result.permanent;
    await db.outboxMessage.updateMany({
      where: mine,
      data: {
        status: final ? "failed" : "pending",
        lastStatus: result.status ?? null,
        lastError: result.error.slice(0, 500),
        leaseUntil: null,
        nextAttemptAt: new Date(at.getTime() + backoffDelayMs(msg.attempts, deps.random, OUTBOX_BACKOFF)),
      },
    });
    if (final) counts.failed++;
    else counts.retrying++;
  }
  return { claimed: claimed.length, ...counts };
}
