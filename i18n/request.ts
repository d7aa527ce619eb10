import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getDb } from "@/lib/db";
import { pickLocale } from "@/lib/i18n/locales";
import { currentSession } from "@/lib/page-auth";
import { getUserLocale } from "@/lib/workspaces/set-user-locale";

// No locale in the URL: the signed-in person's account setting decides, else the browser's Accept-Language.
export default getRequestConfig(async () => {
  const [session, h] = await Promise.all([currentSession(), headers()]);
  const setting = session ? await getUserLocale({ db: getDb(), userId: session.userId }) : null;
  const locale = pickLocale(setting, h.get("accept-language"));
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});
