import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";

// No locale in the URL: the language setting (a cookie) decides, else the browser's Accept-Language.
export default getRequestConfig(async () => {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const locale = pickLocale(jar.get(LOCALE_COOKIE)?.value, h.get("accept-language"));
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});
