import type { Db } from "@/lib/db";
import { newestFirst, olderThan, pageOf } from "@/lib/pagination/keyset-cursor";
import type { Locale } from "@/lib/i18n/locales";
import { isText, renderText, type Text } from "@/lib/i18n/render-text";
import { namesByEmail } from "@/lib/team/member-names";
import { partFailureMessage } from "@/lib/orchestration/part-failure-text";

/**
 * A person's notifications in the current workspace only, newest first, with the unread count for the bell;
 * `next_cursor` pages to older ones.
 */
export async function listNotifications({
  db,
  workspaceId,
  userId,
  unreadOnly,
  limit,
  cursor,
  locale = "en",
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  unreadOnly: boolean;
  limit: number;
  cursor?: string;
  /** the reader's language, for notifications written with a catalogue message */
  locale?: Locale;
}) {
  const where = { workspaceId, userId, ...(unreadOnly ? { readAt: null } : {}), ...olderThan(cursor) };
  const [found, unread] = await Promise.all([
    db.notification.findMany({ where, orderBy: newestFirst(), take: limit + 1 }),
    db.notification.count({ where: { workspaceId, userId, readAt: null } }),
  ]);
  const { page: rows, next_cursor } = pageOf(found, limit);
  // Older titles named the member who acted by email; show their name, as new titles do. A failed
  // thread part's framing comes from the ledger in English: it follows the reader's language.
  const actorOf = (t: unknown) => (isText(t) && typeof t.values?.actor === "string" ? t.values.actor : null);
  const emails = rows.map((n) => actorOf(n.titleText)).filter((a): a is string => !!a?.includes("@"));
  const names = await namesByEmail(db, workspaceId, emails);
  const localized = (t: Text): Text => {
    const name = names.get(actorOf(t) ?? "");
    const error = typeof t.values?.error === "string" ? partFailureMessage(t.values.error) : null;
    return {
      ...t,
      values: { ...t.values, ...(name ? { actor: name } : {}), ...(error ? { error: renderText(error, locale) } : {}) },
    };
  };
  return {
    unread,
    next_cursor,
    notifications: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: isText(n.titleText) ? renderText(localized(n.titleText), locale) : n.title,
      url: n.url,
      read: n.readAt !== null,
      created_at: n.createdAt.toISOString(),
    })),
  };
}
