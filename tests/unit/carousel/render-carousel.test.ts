import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { carouselMedia } from "@/lib/carousel/carousel-media";
import { renderCarouselPdf } from "@/lib/carousel/render-carousel-pdf";
import { brandSlideStyle, carouselTitle, SLIDE_SIZE, wrapLines } from "@/lib/carousel/slide-layout";

const slides = [
  "Five mistakes that cost you croissants",
  "Butter too warm → layers melt together",
  "Proofing on a cold counter 🥶",
  "Crème pâtissière, œufs, « guillemets » et accents",
];

const acme = { name: "Acme", primaryColor: null, accentColor: null };

describe("a carousel rendered as a LinkedIn document", () => {
  it("has one square page per slide, opens with pdf-lib and carries the title", async () => {
    const bytes = await renderCarouselPdf({
      slides,
      brandName: "Maison Dupain",
      title: carouselTitle(slides),
      style: brandSlideStyle({ name: "Maison Dupain", primaryColor: "#7c2d12", accentColor: "#fde68a" }),
    });
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(slides.length);
    expect(pdf.getPage(0).getSize()).toEqual({ width: SLIDE_SIZE, height: SLIDE_SIZE });
    expect(pdf.getTitle()).toBe(slides[0]);
    expect(pdf.getAuthor()).toBe("Maison Dupain");
  });

  it("carouselMedia renders a PDF on LinkedIn and one PNG per slide on Facebook, nothing on X", async () => {
    const li = carouselMedia("linkedin", slides, acme);
    expect(li.images).toEqual([]);
    expect(li.document?.pages).toBe(4);
    expect((await PDFDocument.load(await li.document!.load())).getPageCount()).toBe(4);

    const fb = carouselMedia("facebook", slides, acme);
    expect(fb.document).toBeNull();
    expect(fb.images).toHaveLength(4);
    const meta = await sharp(await fb.images[1]!.load()).metadata();
    expect(meta).toMatchObject({ format: "png", width: SLIDE_SIZE, height: SLIDE_SIZE });

    expect(carouselMedia("x", slides, acme)).toEqual({ document: null, images: [] });
    expect(carouselMedia("linkedin", [], acme).document).toBeNull();
  });

  it("takes the brand's colors, keeping the text and the accent legible", () => {
    expect(brandSlideStyle({ name: "A", primaryColor: "#fef3c7", accentColor: "#fde68a" })).toEqual({
      background: "#fef3c7",
      text: "#0f172a",
      accent: "#0f172a",
    });
    expect(brandSlideStyle({ name: "A", primaryColor: "#1e3a8a", accentColor: "#fbbf24" })).toEqual({
      background: "#1e3a8a",
      text: "#ffffff",
      accent: "#fbbf24",
    });
  });

  it("wraps words to the width and keeps explicit line breaks", () => {
    const measure = (l: string) => l.length * 10;
    expect(wrapLines("aaa bbb ccc\nddd", 75, measure)).toEqual(["aaa bbb", "ccc", "ddd"]);
    expect(carouselTitle(["x".repeat(150)])).toHaveLength(100);
  });
});
