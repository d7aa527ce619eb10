import type { Db } from "@/lib/db";
import { NOTIFICATION_KINDS } from "./kinds";
import { msg, renderText } from "@/lib/i18n/render-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Every kind, on by default unless the member turned it off; each label in the reader's language. */
export async function getPreferences({
  db,
  workspaceId,
  userId,
  locale = DEFAULT_LOCALE,
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  locale?: Locale;
}) {
  const rows = await db.notificationPreference.findMany({ where: { workspaceId, userId } });
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return NOTIFICATION_KINDS.map((kind) => ({
    kind,
    label: renderText(msg(`notifications.kinds.${kind}`), locale),
    in_app: byKind.get(kind)?.inApp ?? true,
    email: byKind.get(kind)?.email ?? true,
  }));
}
