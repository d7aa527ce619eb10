const ELLIPSIS = "…";

export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/**
 * Shortens to at most `max` code points, cutting at a word boundary and marking the cut
 * with an ellipsis. A single overlong word is cut mid-word, still with the ellipsis.
 */
export function truncateWords(text: string, max: number): string {
  if (codePointLength(text) <= max) return text;
  if (max <= 1) return max === 1 ? ELLIPSIS : "";
  const cps = Array.from(text).slice(0, max - 1);
  let cut = cps.join("");
  const boundary = Math.max(cut.lastIndexOf(" "), cut.lastIndexOf("\u00A0"), cut.lastIndexOf("\n"));
  if (boundary >= cut.length * 0.4) cut = cut.slice(0, boundary);
  cut = cut.replace(/[\s\u00A0,;:.!?\-–—(«"'’]+$/u, "");
  return cut ? cut + ELLIPSIS : ELLIPSIS;
}

/**
 * The text without its last line (a paragraph or a list item); "" when it has one line left. A line
 * left ending in a colon announced what went, so it goes too.
 */
export function dropLastLine(text: string): string {
  const trimmed = text.trimEnd();
  const i = trimmed.lastIndexOf("\n");
  if (i < 0) return "";
  const kept = trimmed.slice(0, i).trimEnd();
  return kept.endsWith(":") ? dropLastLine(kept) : kept;
}

const SENTENCE_END = /[.!?…][)"'’”»]*(?=\s)/gu;

/** The text without its last sentence; "" when it is a single sentence. */
export function dropLastSentence(text: string): string {
  const trimmed = text.trimEnd();
  let end = -1;
  for (const m of trimmed.matchAll(SENTENCE_END)) end = m.index + m[0].length;
  return end > 0 ? trimmed.slice(0, end) : "";
}
