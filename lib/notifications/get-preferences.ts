import type { Db } from "@/lib/db";
import { KIND_LABELS, NOTIFICATION_KINDS } from "./kinds";

/** Every kind, on by default unless the member turned it off. */
export async function getPreferences({ db, workspaceId, userId }: { db: Db; workspaceId: string; userId: string }) {
  const rows = await db.notificationPreference.findMany({ where: { workspaceId, userId } });
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return NOTIFICATION_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    in_app: byKind.get(kind)?.inApp ?? true,
    email: byKind.get(kind)?.email ?? true,
  }));
}
