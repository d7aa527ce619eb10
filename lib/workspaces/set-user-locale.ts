import type { Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

/** The person's interface language; null hands the choice back to the browser's Accept-Language. */
export async function setUserLocale({ db, userId, locale }: { db: Db; userId: string; locale: Locale | null }) {
  const user = await db.user.update({ where: { id: userId }, data: { locale }, select: { locale: true } });
  return { locale: user.locale as Locale | null };
}

/** The language a signed-in person chose, or null when they left it to the browser. */
export async function getUserLocale({ db, userId }: { db: Db; userId: string }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  return user?.locale ?? null;
}
