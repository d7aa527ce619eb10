/** The first words of a post on one line, cut at a word boundary, with an ellipsis when cut. */
export function firstWords(body: string, max = 60): string {
  // Only the start is flattened: a chip per post made flattening whole 3,000-character bodies a visible
  // part of the calendar's render. Collapsing whitespace only shortens, so a longer head is read until it
  // yields more than `max` characters or the body ends.
  const text = body.trimStart();
  let end = Math.min(text.length, 2 * max + 2);
  let flat = text.slice(0, end).replace(/\s+/g, " ");
  while (flat.length <= max && end < text.length) {
    end = Math.min(text.length, end * 2);
    flat = text.slice(0, end).replace(/\s+/g, " ");
  }
  if (end >= text.length) flat = flat.trimEnd();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  // a cut inside an emoji's surrogate pair would leave half a character
  const stop = space > max / 2 ? space : isHighSurrogate(cut.charCodeAt(max - 1)) ? max - 1 : max;
  return `${cut.slice(0, stop)}…`;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
