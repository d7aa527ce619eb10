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
