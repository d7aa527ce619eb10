import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import type { Text, TextValues } from "./text";

export { isText, msg, type Text, type TextValues } from "./text";

// The same formatter as the interface's: the build hands it the catalogue precompiled (next.config.ts), tests
// and scripts the ICU text. An unknown key is a bug the catalogue test catches; the reader still sees the key.
const translators = Object.fromEntries(
  (Object.entries({ en, fr }) as [Locale, object][]).map(([locale, messages]) => [
    locale,
    createTranslator({ locale, messages, onError: () => {}, getMessageFallback: ({ key }) => key }),
  ]),
) as Record<Locale, ReturnType<typeof createTranslator>>;

type Translate = (key: string, values?: TextValues) => string;
type Has = (key: string) => boolean;

/** Whether a string names a message of the catalogue (zod schemas write their messages as keys). */
export const isMessageKey = (s: string) => /^[a-z]\w*(\.\w+)+$/i.test(s) && (translators[DEFAULT_LOCALE].has as Has)(s);

export function renderText(t: Text, locale: Locale = DEFAULT_LOCALE): string {
  const translate = (translators[locale] ?? translators[DEFAULT_LOCALE]) as unknown as Translate;
  return translate(t.key, t.values);
}
