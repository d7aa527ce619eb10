import type { Language } from "./brief";

export const NBSP = "\u00A0";
const URL_PATTERN = /https?:\/\/\S+/g;

/** Brief fields come from forms: newlines, tabs and control characters would break post layouts. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Drops end punctuation so a field can be embedded in a sentence that supplies its own. */
export function stripEndPunctuation(text: string): string {
  return text.replace(/[\s.!?;:,…]+$/u, "");
}

export function capitalize(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A brief value dropped after "?" or "." starts a sentence of its own. URLs are left alone. */
export function capitalizeSentences(text: string): string {
  return text.replace(
    /(^|[^.\p{L}\p{N}][.!?…]|\p{L}{2}[.!?…])(\s+)(\p{Ll})/gu,
    (_, end: string, space: string, letter: string) => end + space + letter.toUpperCase(),
  );
}

// A "y" sounds as a vowel before a consonant (Yves, Ypres), as a consonant before a vowel (Yoplait, YourBrand).
const VOWEL = /^([aeiouàâäéèêëîïôöûüœæ]|y(?![aeiouàâäéèêëîïôöûü]))/i;
const CONTRACTIONS: [RegExp, string][] = [
  [/(^|[\s(«])à les $/u, "$1aux "],
  [/(^|[\s(«])à le $/u, "$1au "],
  [/(^|[\s(«])de les $/u, "$1des "],
  [/(^|[\s(«])de le $/u, "$1du "],
];
const ELIDING = /(^|[\s(«’])(de|que|le|la|ne|jusque|lorsque|puisque) $/iu;

/**
 * Appends a brief value to French text: "à" + "les familles" is "aux familles", "que" + "équipes"
 * is "qu’équipes", "de" + "Orée" is "d’Orée", as a French writer would.
 */
export function joinFrench(before: string, value: string): string {
  let head = before;
  let rest = value;
  const article = /^(les|le)\s/i.exec(rest);
  if (article) {
    for (const [pattern, replacement] of CONTRACTIONS) {
      const joined = `${head}${article[1]!.toLowerCase()} `;
      if (pattern.test(joined)) {
        head = joined.replace(pattern, replacement);
        rest = rest.slice(article[0].length);
        return head + rest;
      }
    }
  }
  if (VOWEL.test(rest) && ELIDING.test(head)) head = head.replace(/\p{L}\s$/u, "’");
  return head + rest;
}

function frenchSegment(segment: string): string {
  return (
    segment
      .replace(/(?<=\p{L})'(?=\p{L})/gu, "’")
      .replace(/[ \t\u00A0\u202F]+([?!:;»])/g, `${NBSP}$1`)
      .replace(/([«])[ \t\u00A0\u202F]*/g, `$1${NBSP}`)
      // A lookbehind, not a captured character: in "»!" both marks need their space, and a match that
      // consumed the "»" would hide it from the "!".
      .replace(/(?<=[^\s?!:;«])[?!:;»]/g, (mark: string, offset: number, all: string) => {
        // 09:00 and other digit:digit pairs are times or ratios, not sentence punctuation.
        if (mark === ":" && /\d/.test(all.charAt(offset - 1)) && /\d/.test(all.charAt(offset + 1))) return mark;
        return `${NBSP}${mark}`;
      })
  );
}

/**
 * French wants a non-breaking space (U+00A0) before ? ! : ; and inside « »; English wants none.
 * URLs are left untouched because ? : and ! are meaningful there. Idempotent.
 */
export function applyTypography(language: Language, text: string): string {
  if (language !== "fr-FR") return /[\u00A0\u202F]/.test(text) ? text.replace(/[\u00A0\u202F]/g, " ") : text;
  if (!/[?!:;«»']/.test(text)) return text;
  // The same template sentences come back for every slot of every plan.
  let out = frenchCache.get(text);
  if (out === undefined) {
    out = frenchTypography(text);
    if (frenchCache.size >= CACHE_LIMIT) frenchCache.clear();
    frenchCache.set(text, out);
  }
  return out;
}

const CACHE_LIMIT = 4000;
const frenchCache = new Map<string, string>();

function frenchTypography(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    out += frenchSegment(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + frenchSegment(text.slice(last));
}
