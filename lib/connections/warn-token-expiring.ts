import type { Db } from "@/lib/db";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { notifyMembers } from "@/lib/notifications/notify-members";
import { msg } from "@/lib/i18n/render-text";

const NAMES = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", sandbox: "Sandbox" } as const;

/**
 * Tells the owners that a connection's token runs out soon: once per connection and expiry, because
 * remembering the warned expiry and writing the notification are one transaction. Returns whether it warned.
 */
export async function warnTokenExpiring({
  db,
  connectionId,
  expiresAt,
  notify,
}: {
  db: Db;
  connectionId: string;
  expiresAt: Date;
  notify: NotifyContext;
}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.channelConnection.updateMany({
      where: {
        id: connectionId,
        expiresAt,
        OR: [{ expiryWarnedFor: null }, { expiryWarnedFor: { not: expiresAt } }],
      },
      data: { expiryWarnedFor: expiresAt },
    });
    if (count === 0) return false;
    const conn = await tx.channelConnection.findUniqueOrThrow({
      where: { id: connectionId },
      include: { brand: { select: { workspaceId: true, slug: true, name: true } } },
    });
    const owners = await tx.membership.findMany({
      where: { workspaceId: conn.brand.workspaceId, role: "owner" },
      select: { userId: true },
    });
    await notifyMembers(tx, notify, {
      workspaceId: conn.brand.workspaceId,
      kind: "token_expiring",
      title: msg("notifications.titles.expiring", {
        brand: conn.brand.name,
        network: NAMES[conn.platform],
        account: conn.displayName ?? conn.accountId,
        date: expiresAt.toISOString().slice(0, 10),
      }),
      path: `/settings/connections?brand=${conn.brand.slug}`,
      entityId: conn.id,
      userIds: owners.map((o) => o.userId),
    });
    return true;
  });
}
