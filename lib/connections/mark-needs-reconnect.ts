import type { Db } from "@/lib/db";
import { notifyMembers } from "@/lib/notifications/notify-members";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { msg, renderText } from "@/lib/i18n/render-text";

const NAMES = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", sandbox: "Sandbox" } as const;

/**
 * Flags a connection the network no longer accepts and tells the workspace's owners (in the app, and
 * by email when SMTP is set) and its webhooks, in the transaction of the status change: only the call
 * that flips it from active announces it. With a fence, only the current refresh holder may do it.
 */
export async function markNeedsReconnect({
  db,
  connectionId,
  reason,
  fence,
  notify = { emailEnabled: false, appUrl: "" },
  now,
}: {
  db: Db;
  connectionId: string;
  reason: string;
  fence?: number;
  notify?: NotifyContext;
  now?: Date;
}) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.channelConnection.updateMany({
      where: { id: connectionId, status: "active", ...(fence !== undefined ? { refreshAttempt: fence } : {}) },
      data: { status: "needs_reconnect", statusReason: reason, refreshLeaseUntil: null },
    });
    if (count === 0) return;
    const conn = await tx.channelConnection.findUniqueOrThrow({
      where: { id: connectionId },
      include: { brand: { select: { workspaceId: true, slug: true, name: true } } },
    });
    const owners = await tx.membership.findMany({
      where: { workspaceId: conn.brand.workspaceId, role: "owner" },
      select: { userId: true },
    });
    const title = msg("notifications.titles.reconnect", { brand: conn.brand.name, network: NAMES[conn.platform] });
    await notifyMembers(tx, notify, {
      workspaceId: conn.brand.workspaceId,
      kind: "needs_reconnect",
      title,
      path: `/settings/connections?brand=${conn.brand.slug}`,
      entityId: conn.id,
      userIds: owners.map((o) => o.userId),
    });
    await enqueueWebhookEvent(tx, {
      workspaceId: conn.brand.workspaceId,
      type: "connection.needs_reconnect",
      data: {
        connection_id: conn.id,
        brand: conn.brand.slug,
        platform: conn.platform,
        account: conn.displayName ?? conn.accountId,
        reason,
      },
      text: `${renderText(title)}: ${reason}`,
      now: now ?? new Date(),
    });
  });
}
