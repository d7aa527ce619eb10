/** The look of a brand's slides: background, text and accent colors as #rrggbb. */
export interface SlideStyle {
  background: string;
  text: string;
  accent: string;
}

/** Each pair keeps at least 7:1 contrast between text and background. */
const PALETTES: SlideStyle[] = [
  { background: "#0f172a", text: "#f8fafc", accent: "#38bdf8" },
  { background: "#1e1b4b", text: "#eef2ff", accent: "#fbbf24" },
  { background: "#fff7ed", text: "#431407", accent: "#c2410c" },
  { background: "#f0fdf4", text: "#052e16", accent: "#15803d" },
  { background: "#fdf2f8", text: "#500724", accent: "#be185d" },
];

/** Until a brand picks its colors, its name picks one of a few readable palettes, the same one every time. */
export function brandSlideStyle(brandName: string): SlideStyle {
  let h = 0;
  for (const c of brandName) h = (h * 31 + c.codePointAt(0)!) >>> 0;
  return PALETTES[h % PALETTES.length]!;
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
