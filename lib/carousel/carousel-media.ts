import type { PostImage } from "@/lib/media/load-images";
import { renderCarouselPdf } from "./render-carousel-pdf";
import { renderSlideImage } from "./render-slide-image";
import { brandSlideStyle, carouselTitle, type BrandColors } from "./slide-layout";

export interface PostDocument {
  title: string;
  pages: number;
  /** rendered only when the network still needs the bytes */
  load: () => Promise<Uint8Array>;
}

/**
 * What a carousel post uploads: on LinkedIn one PDF document, on Facebook one rendered photo per slide
 * (attached before the post's library images). X has no carousels.
 */
export function carouselMedia(
  network: string,
  slides: string[],
  brand: BrandColors,
): { document: PostDocument | null; images: PostImage[] } {
  if (slides.length === 0 || network === "x") return { document: null, images: [] };
  const style = brandSlideStyle(brand);
  const brandName = brand.name;
  if (network === "linkedin") {
    const title = carouselTitle(slides);
    return {
      document: { title, pages: slides.length, load: () => renderCarouselPdf({ slides, brandName, title, style }) },
      images: [],
    };
  }
  return {
    document: null,
    images: slides.map((slide, index) => ({
      mediaId: `slide-${index + 1}`,
      mimeType: "image/png",
      load: async () => renderSlideImage({ slide, index, count: slides.length, brandName, style }),
    })),
  };
}
