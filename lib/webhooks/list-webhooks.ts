import type { Db } from "@/lib/db";
import { isSlackUrl } from "./sign-webhook";

export async function listWebhooks({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const rows = await db.webhookEndpoint.findMany({
    where: { workspaceId, disabledAt: null },
    orderBy: { createdAt: "asc" },
  });
  const failed = await db.outboxMessage.groupBy({
    by: ["endpointId"],
    where: { workspaceId, channel: "webhook", status: "failed" },
    _count: true,
  });
  const failedBy = new Map(failed.map((f) => [f.endpointId, f._count]));
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    events: r.events,
    slack: isSlackUrl(r.url),
    failed_deliveries: failedBy.get(r.id) ?? 0,
    created_at: r.createdAt.toISOString(),
  }));
}
