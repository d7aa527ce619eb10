import { IntlMessageFormat } from "intl-messageformat";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { DEFAULT_LOCALE, type Locale } from "./locales";

export type TextValues = Record<string, string | number>;

/**
 * A sentence the server writes for a person (an error, a notification): a catalogue key and its values,
 * rendered in the reader's language only when it reaches them, so the same error reads in French for one
 * person and in English for an API client.
 */
export interface Text {
  key: string;
  values?: TextValues;
}

export const msg = (key: string, values?: TextValues): Text => (values ? { key, values } : { key });

export const isText = (v: unknown): v is Text =>
  !!v && typeof v === "object" && typeof (v as Text).key === "string" && Object.keys(v).every((k) => k in TEXT_SHAPE);
const TEXT_SHAPE = { key: true, values: true };

const CATALOGUES: Record<Locale, object> = { en, fr };

function lookup(locale: Locale, key: string): string | null {
  const found = key
    .split(".")
    .reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], CATALOGUES[locale]);
  return typeof found === "string" ? found : null;
}

/** Whether a string names a message of the catalogue (zod schemas write their messages as keys). */
export const isMessageKey = (s: string) => /^[a-z][\w]*(\.[\w]+)+$/i.test(s) && lookup(DEFAULT_LOCALE, s) !== null;

const formats = new Map<string, IntlMessageFormat>();

export function renderText(t: Text, locale: Locale = DEFAULT_LOCALE): string {
  const id = `${locale}:${t.key}`;
  let format = formats.get(id);
  if (!format) {
    const source = lookup(locale, t.key) ?? lookup(DEFAULT_LOCALE, t.key);
    // an unknown key is a bug the catalogue test catches; the reader still gets something to act on
    if (source === null) return t.key;
    format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    formats.set(id, format);
  }
  return String(format.format(t.values ?? {}));
}
