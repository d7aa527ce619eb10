import type { Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { isText, renderText } from "@/lib/i18n/render-text";

/** A person's notifications in the current workspace only, newest first, with the unread count for the bell. */
export async function listNotifications({
  db,
  workspaceId,
  userId,
  unreadOnly,
  limit,
  locale = "en",
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  unreadOnly: boolean;
  limit: number;
  /** the reader's language, for notifications written with a catalogue message */
  locale?: Locale;
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
      title: isText(n.titleText) ? renderText(n.titleText, locale) : n.title,
      url: n.url,
      read: n.readAt !== null,
      created_at: n.createdAt.toISOString(),
    })),
  };
}
