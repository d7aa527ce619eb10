import { truncateWords } from "@/lib/strategy/fit-text";
import type { Network } from "@/lib/strategy/networks";

/** Each network's recommended link-share image size. */
export const CARD_SIZES: Record<Network, { width: number; height: number }> = {
  linkedin: { width: 1200, height: 627 },
  facebook: { width: 1200, height: 630 },
  x: { width: 1600, height: 900 },
};

/** The colors a brand gets before it chooses its own. */
export const DEFAULT_CARD_COLORS = { primary: "#1e293b", accent: "#f59e0b" } as const;

const DARK_TEXT = "#0f172a";
const LIGHT_TEXT = "#ffffff";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** White or near-black, whichever reads better on the background. */
export function textColorOn(background: string): string {
  return contrastRatio(background, LIGHT_TEXT) >= contrastRatio(background, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}

/**
 * Inter's advance widths in em, by kind of character: close enough to wrap text the way the renderer will,
 * erring wide so an estimate never fits text the card then overflows.
 */
function charWidth(ch: string, bold: boolean): number {
  const w = /[\s]/.test(ch)
    ? 0.28
    : /[il.,:;'’!|]/.test(ch)
      ? 0.3
      : /[fjrt()\-«»]/.test(ch)
        ? 0.4
        : /[mwMW]/.test(ch)
          ? 0.9
          : /[A-Z0-9]/.test(ch)
            ? 0.7
            : 0.58;
  return bold ? w * 1.06 : w;
}

export function textWidth(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch, bold);
  return em * fontSize;
}

/** Greedy word wrap, as the renderer does it; a word longer than the line gets a line of its own. */
export function wrapLines(text: string, fontSize: number, maxWidth: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface FittedText {
  text: string;
  fontSize: number;
  lines: number;
}

/**
 * The largest font size (in steps of 2 px) at which the text fits the box in at most `maxLines`; at the
 * smallest size, text that still does not fit is shortened at a word with an ellipsis.
 */
export function fitText(
  text: string,
  box: { width: number; maxLines: number; maxSize: number; minSize: number; bold: boolean },
): FittedText {
  const fits = (t: string, size: number) => {
    const lines = wrapLines(t, size, box.width, box.bold);
    return lines.length <= box.maxLines && lines.every((l) => textWidth(l, size, box.bold) <= box.width);
  };
  for (let size = box.maxSize; size >= box.minSize; size -= 2)
    if (fits(text, size)) return { text, fontSize: size, lines: wrapLines(text, size, box.width, box.bold).length };
  const size = box.minSize;
  // the longest cut that fits, by bisection: text of thousands of characters stays quick
  let [lo, hi] = [1, Array.from(text).length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(truncateWords(text, mid), size)) lo = mid;
    else hi = mid - 1;
  }
  const cut = truncateWords(text, lo);
  return { text: cut, fontSize: size, lines: wrapLines(cut, size, box.width, box.bold).length };
}

export interface CardInput {
  network: Network;
  hook: string;
  keyLine: string | null;
  brandName: string;
  primaryColor: string | null;
  accentColor: string | null;
}

export interface CardLayout {
  width: number;
  height: number;
  /** every length below is already scaled to the card's size */
  padding: number;
  textWidth: number;
  colors: { background: string; text: string; accent: string };
  hook: FittedText;
  keyLine: FittedText | null;
  brandName: string;
  brandSize: number;
  logoSize: number;
}

/**
 * Where everything goes on a card: the hook as large as it fits in three lines, the key line below it in
 * two, the logo and name at the foot. Lengths are laid out for 1200 px wide and scaled for larger cards.
 */
export function cardLayout(input: CardInput): CardLayout {
  const { width, height } = CARD_SIZES[input.network];
  const k = width / 1200;
  const padding = Math.round(72 * k);
  const textBox = Math.round(width * 0.74) - padding;
  const background = input.primaryColor ?? DEFAULT_CARD_COLORS.primary;
  const hook = fitText(input.hook, {
    width: textBox,
    maxLines: 3,
    maxSize: Math.round(68 * k),
    minSize: Math.round(40 * k),
    bold: true,
  });
  const keyLine = input.keyLine
    ? fitText(input.keyLine, {
        width: textBox,
        maxLines: 2,
        maxSize: Math.round(30 * k),
        minSize: Math.round(22 * k),
        bold: false,
      })
    : null;
  return {
    width,
    height,
    padding,
    textWidth: textBox,
    colors: { background, text: textColorOn(background), accent: input.accentColor ?? DEFAULT_CARD_COLORS.accent },
    hook,
    keyLine,
    brandName: truncateWords(input.brandName, 40),
    brandSize: Math.round(26 * k),
    logoSize: Math.round(64 * k),
  };
}
