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

function frenchSegment(segment: string): string {
  return (
    segment
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
  if (!/[?!:;«»]/.test(text)) return text;
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
