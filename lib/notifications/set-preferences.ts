import type { Db } from "@/lib/db";
import type { NotificationKind } from "./kinds";
import { getPreferences } from "./get-preferences";
import type { Locale } from "@/lib/i18n/locales";

export async function setPreferences({
  db,
  workspaceId,
  userId,
  preferences,
  locale,
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  preferences: { kind: NotificationKind; in_app: boolean; email: boolean }[];
  locale?: Locale;
}) {
  await db.$transaction(
    preferences.map((p) =>
      db.notificationPreference.upsert({
        where: { workspaceId_userId_kind: { workspaceId, userId, kind: p.kind } },
        create: { workspaceId, userId, kind: p.kind, inApp: p.in_app, email: p.email },
        update: { inApp: p.in_app, email: p.email },
      }),
    ),
  );
  return getPreferences({ db, workspaceId, userId, locale });
}
