import { AppError } from "@/lib/errors";
import { json, readJson, readerLocale, withAuth, type JsonOf } from "@/lib/http";
import { getPreferences } from "@/lib/notifications/get-preferences";
import { setPreferences } from "@/lib/notifications/set-preferences";
import { preferencesSchema } from "@/lib/schemas/notifications";
import { msg } from "@/lib/i18n/render-text";

export type PreferencesResponse = { preferences: JsonOf<typeof getPreferences> };
export type SavedPreferencesResponse = { preferences: JsonOf<typeof setPreferences> };

function person(userId: string | null): string {
  if (!userId) throw new AppError("forbidden", msg("errors.notifications.preferencesPerson"));
  return userId;
}

export const GET = withAuth(async ({ req, db, auth }) => {
  const userId = person(auth.userId);
  const locale = await readerLocale(req, db, userId);
  return json({ preferences: await getPreferences({ db, workspaceId: auth.workspaceId, userId, locale }) });
});

export const PUT = withAuth(async ({ req, db, auth }) => {
  const userId = person(auth.userId);
  const { preferences } = await readJson(req, preferencesSchema);
  const locale = await readerLocale(req, db, userId);
  return json({
    preferences: await setPreferences({ db, workspaceId: auth.workspaceId, userId, preferences, locale }),
  });
});
