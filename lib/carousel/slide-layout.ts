import { contrastRatio, DEFAULT_CARD_COLORS, textColorOn } from "@/lib/media/card-layout";

/** The look of a brand's slides: background, text and accent colors as #rrggbb. */
export interface SlideStyle {
  background: string;
  text: string;
  accent: string;
}

export interface BrandColors {
  name: string;
  primaryColor: string | null;
  accentColor: string | null;
}

/**
 * Slides in the brand's colors, as its cards are: the primary color as background, white or near-black
 * text (whichever reads better), and the accent where it stays legible (3:1), else the text color.
 */
export function brandSlideStyle(brand: BrandColors): SlideStyle {
  const background = brand.primaryColor ?? DEFAULT_CARD_COLORS.primary;
  const text = textColorOn(background);
  const accent = brand.accentColor ?? DEFAULT_CARD_COLORS.accent;
  return { background, text, accent: contrastRatio(accent, background) >= 3 ? accent : text };
}

/** Square slides: LinkedIn documents and Facebook photos both show 1080 × 1080 without cropping. */
export const SLIDE_SIZE = 1080;
export const SLIDE_MARGIN = 96;

/** The first slide is the cover: larger type. Long slides shrink until they fit. */
export function slideFontSize(text: string, index: number): number {
  const base = index === 0 ? 76 : 60;
  if (text.length > 260) return Math.round(base * 0.6);
  if (text.length > 140) return Math.round(base * 0.75);
  return base;
}

/** Greedy word wrap: `measure` gives a line's width at the slide's font size. Explicit newlines are kept. */
export function wrapLines(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/** LinkedIn shows the title above the document; the cover slide says what the carousel is about. */
export function carouselTitle(slides: string[]): string {
  const cover = (slides[0] ?? "").replace(/\s+/g, " ").trim();
  return cover.length > 100 ? `${cover.slice(0, 99)}…` : cover;
}
