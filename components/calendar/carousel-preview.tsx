import { useTranslations } from "next-intl";
import { brandSlideStyle, carouselTitle, type BrandColors } from "@/lib/carousel/slide-layout";

/**
 * A carousel as its network shows it: on LinkedIn a document viewer (title, then the pages side by side
 * to swipe through), on Facebook a photo grid of the first four with "+n" on the last. Slides take the
 * brand's colors, as the published PDF and photos do. On Facebook the post's library images follow the
 * slides, in the order they are uploaded and attached.
 */
export function CarouselPreview({
  network,
  slides,
  brand,
  images = [],
}: {
  network: string;
  slides: string[];
  brand: BrandColors;
  images?: { src: string; alt: string }[];
}) {
  const t = useTranslations("preview");
  const tile = (text: string, i: number, overlay?: string) => (
    <SlideTile key={i} text={text} index={i} count={slides.length} brand={brand} overlay={overlay} />
  );
  if (network === "linkedin")
    return (
      <div data-testid="preview-carousel" className="border-t border-slate-200">
        <p className="bg-slate-800 px-3 py-1.5 text-xs text-white">
          {t("documentTitle", { title: carouselTitle(slides), pages: slides.length })}
        </p>
        <div
          tabIndex={0}
          role="group"
          aria-label={t("carouselPages")}
          className="flex snap-x gap-1 overflow-x-auto bg-slate-100 p-1"
        >
          {slides.map((s, i) => (
            <div key={i} className="w-40 shrink-0 snap-start">
              {tile(s, i)}
            </div>
          ))}
        </div>
      </div>
    );
  const total = slides.length + images.length;
  const more = (i: number) => (i === 3 && total > 4 ? `+${total - 4}` : undefined);
  return (
    <div data-testid="preview-carousel" className="grid grid-cols-2 gap-0.5">
      {slides.slice(0, 4).map((s, i) => tile(s, i, more(i)))}
      {images.slice(0, Math.max(0, 4 - slides.length)).map((image, k) => (
        <div key={image.src} data-testid={`preview-photo-${k + 1}`} className="relative aspect-square bg-slate-200">
          <img src={image.src} alt={image.alt} className="h-full w-full object-cover" />
          {more(slides.length + k) ? <Overlay text={more(slides.length + k)!} /> : null}
        </div>
      ))}
    </div>
  );
}

/** Facebook's "+n" over the last photo shown */
function Overlay({ text }: { text: string }) {
  return (
    <span className="absolute inset-0 flex items-center justify-center bg-black/60 text-2xl font-semibold text-white">
      {text}
    </span>
  );
}

/** One slide as a square in the brand's colors, numbered as on the published slide. */
export function SlideTile({
  text,
  index,
  count,
  brand,
  overlay,
}: {
  text: string;
  index: number;
  count: number;
  brand: BrandColors;
  /** Facebook's "+n" over the last photo shown */
  overlay?: string;
}) {
  const t = useTranslations("preview");
  const style = brandSlideStyle(brand);
  return (
    <div
      role="group"
      aria-label={t("slide", { n: index + 1, count })}
      data-testid={`preview-slide-${index + 1}`}
      style={{ background: style.background, color: style.text }}
      className="relative flex aspect-square flex-col justify-center overflow-hidden p-3"
    >
      <span className="absolute top-2 left-3 text-[10px] font-bold">
        {index + 1} / {count}
      </span>
      <p className={`line-clamp-6 text-xs leading-snug ${index === 0 ? "font-bold" : ""}`}>{text}</p>
      {overlay ? <Overlay text={overlay} /> : null}
    </div>
  );
}
