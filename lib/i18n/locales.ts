export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

const isLocale = (v: string | undefined | null): v is Locale => LOCALES.includes(v as Locale);

/** The browser's language tags, most wanted first. */
function acceptedTags(acceptLanguage: string | null): string[] {
  return (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter((w) => w.tag && w.tag !== "*" && w.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((w) => w.tag);
}

/** The person's setting when there is one, else the first of the browser's languages we speak, else English. */
export function pickLocale(setting: string | undefined | null, acceptLanguage: string | null): Locale {
  if (isLocale(setting)) return setting;
  return (
    acceptedTags(acceptLanguage)
      .map((tag) => tag.toLowerCase().split("-")[0])
      .find(isLocale) ?? DEFAULT_LOCALE
  );
}

/**
 * The conventions of the person reading (the first day of their week): their browser's first language
 * with its region (en-GB starts on Monday, en-US on Sunday), else the interface's language.
 */
export function readerRegion(acceptLanguage: string | null, fallback: string): string {
  for (const tag of acceptedTags(acceptLanguage)) {
    try {
      return new Intl.Locale(tag).toString();
    } catch {
      // not a language tag: try the next
    }
  }
  return fallback;
}
