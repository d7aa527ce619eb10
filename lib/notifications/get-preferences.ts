import type { Db } from "@/lib/db";
import { NOTIFICATION_KINDS } from "./kinds";
import { msg, renderText } from "@/lib/i18n/render-text";

/** Every kind, on by default unless the member turned it off. */
export async function getPreferences({ db, workspaceId, userId }: { db: Db; workspaceId: string; userId: string }) {
  const rows = await db.notificationPreference.findMany({ where: { workspaceId, userId } });
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return NOTIFICATION_KINDS.map((kind) => ({
    kind,
    label: renderText(msg(`notifications.kinds.${kind}`)),
    in_app: byKind.get(kind)?.inApp ?? true,
    email: byKind.get(kind)?.email ?? true,
  }));
}
