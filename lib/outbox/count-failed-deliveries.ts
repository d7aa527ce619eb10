import type { Db } from "@/lib/db";

/** Emails and webhooks that exhausted their retries, for the run board. */
export async function countFailedDeliveries({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const rows = await db.outboxMessage.groupBy({
    by: ["channel"],
    where: { workspaceId, status: "failed" },
    _count: true,
  });
  const by = Object.fromEntries(rows.map((r) => [r.channel, r._count]));
  return { email: by.email ?? 0, webhook: by.webhook ?? 0 };
}
