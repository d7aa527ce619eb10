import { PDFDocument, rgb, StandardFonts, type PDFFont } from "pdf-lib";
import { SLIDE_MARGIN, SLIDE_SIZE, slideFontSize, wrapLines, type SlideStyle } from "./slide-layout";

const color = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

/** The standard fonts only encode WinAnsi: other characters (arrows, emoji) would make pdf-lib throw. */
function encodable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text.replace(/→/g, "->")].filter((c) => c === "\n" || known.has(c.codePointAt(0)!)).join("");
}

/**
 * A LinkedIn document carousel: one square page per slide in the brand's colors, the slide number in
 * the accent color at the top and the brand's name at the bottom. Text is selectable, as LinkedIn shows it.
 */
export async function renderCarouselPdf(input: {
  slides: string[];
  brandName: string;
  title: string;
  style: SlideStyle;
}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(input.title);
  pdf.setAuthor(input.brandName);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const { background, text, accent } = input.style;
  const width = SLIDE_SIZE - 2 * SLIDE_MARGIN;
  input.slides.forEach((slide, i) => {
    const page = pdf.addPage([SLIDE_SIZE, SLIDE_SIZE]);
    page.drawRectangle({ x: 0, y: 0, width: SLIDE_SIZE, height: SLIDE_SIZE, color: color(background) });
    page.drawRectangle({ x: SLIDE_MARGIN, y: SLIDE_SIZE - 150, width: 80, height: 8, color: color(accent) });
    page.drawText(`${i + 1} / ${input.slides.length}`, {
      x: SLIDE_MARGIN,
      y: SLIDE_SIZE - 120,
      size: 28,
      font: bold,
      color: color(accent),
    });
    const size = slideFontSize(slide, i);
    const font = i === 0 ? bold : regular;
    const lines = wrapLines(encodable(font, slide), width, (l) => font.widthOfTextAtSize(l, size));
    const lineHeight = size * 1.25;
    let y = SLIDE_SIZE / 2 + ((lines.length - 1) * lineHeight) / 2;
    for (const line of lines) {
      page.drawText(line, { x: SLIDE_MARGIN, y, size, font, color: color(text) });
      y -= lineHeight;
    }
    page.drawText(encodable(regular, input.brandName), {
      x: SLIDE_MARGIN,
      y: SLIDE_MARGIN - 20,
      size: 26,
      font: regular,
      color: color(text),
    });
  });
  return pdf.save();
}
