export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

const isLocale = (v: string | undefined | null): v is Locale => LOCALES.includes(v as Locale);

/** The person's setting when there is one, else the first of the browser's languages we speak, else English. */
export function pickLocale(setting: string | undefined | null, acceptLanguage: string | null): Locale {
  if (isLocale(setting)) return setting;
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { lang: tag.toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((w) => w.lang && w.q > 0)
    .sort((a, b) => b.q - a.q);
  return wanted.map((w) => w.lang).find(isLocale) ?? DEFAULT_LOCALE;
}
