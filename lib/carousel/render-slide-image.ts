import sharp from "sharp";
import { textWidth } from "@/lib/media/card-layout";
import { SLIDE_MARGIN, SLIDE_SIZE, slideFontSize, wrapLines, type SlideStyle } from "./slide-layout";

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/**
 * One carousel slide as a PNG for a Facebook multi-photo post, laid out like the PDF page: slide number
 * in the accent color, the text, the brand's name.
 */
export async function renderSlideImage(input: {
  slide: string;
  index: number;
  count: number;
  brandName: string;
  style: SlideStyle;
}): Promise<Buffer> {
  const { background, text, accent } = input.style;
  const size = slideFontSize(input.slide, input.index);
  // librsvg measures nothing for us: the cards' Inter estimate, widened for the system sans-serif (DejaVu
  // Sans on most servers runs about 15% wider), so a line never overflows the margin.
  const bold = input.index === 0;
  const lines = wrapLines(input.slide, SLIDE_SIZE - 2 * SLIDE_MARGIN, (l) => textWidth(l, size, bold) * 1.15);
  const lineHeight = size * 1.25;
  const top = SLIDE_SIZE / 2 - ((lines.length - 1) * lineHeight) / 2;
  const tspans = lines
    .map((l, i) => `<tspan x="${SLIDE_MARGIN}" y="${Math.round(top + i * lineHeight)}">${escapeXml(l)}</tspan>`)
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_SIZE}" height="${SLIDE_SIZE}">
<rect width="100%" height="100%" fill="${background}"/>
<rect x="${SLIDE_MARGIN}" y="142" width="80" height="8" fill="${accent}"/>
<text x="${SLIDE_MARGIN}" y="120" font-family="sans-serif" font-size="28" font-weight="700" fill="${accent}">${input.index + 1} / ${input.count}</text>
<text font-family="sans-serif" font-size="${size}" font-weight="${input.index === 0 ? 700 : 400}" fill="${text}">${tspans}</text>
<text x="${SLIDE_MARGIN}" y="${SLIDE_SIZE - SLIDE_MARGIN + 20}" font-family="sans-serif" font-size="26" fill="${text}">${escapeXml(input.brandName)}</text>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
