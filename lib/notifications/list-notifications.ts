import type { Db } from "@/lib/db";

/** A person's notifications in the current workspace only, newest first, with the unread count for the bell. */
export async function listNotifications({
  db,
  workspaceId,
  userId,
  unreadOnly,
  limit,
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  unreadOnly: boolean;
  limit: number;
}) {
  const where = { workspaceId, userId, ...(unreadOnly ? { readAt: null } : {}) };
  const [rows, unread] = await Promise.all([
    db.notification.findMany({ where, orderBy: { createdAt: "desc" }, take: limit }),
    db.notification.count({ where: { workspaceId, userId, readAt: null } }),
  ]);
  return {
    unread,
    notifications: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      url: n.url,
      read: n.readAt !== null,
      created_at: n.createdAt.toISOString(),
    })),
  };
}
