import { brandSlideStyle, carouselTitle, type BrandColors } from "@/lib/carousel/slide-layout";

/**
 * A carousel as its network shows it: on LinkedIn a document viewer (title, then the pages side by side
 * to swipe through), on Facebook a photo grid of the first four with "+n" on the last. Slides take the
 * brand's colors, as the published PDF and photos do.
 */
export function CarouselPreview({ network, slides, brand }: { network: string; slides: string[]; brand: BrandColors }) {
  const tile = (text: string, i: number, overlay?: string) => (
    <SlideTile key={i} text={text} index={i} count={slides.length} brand={brand} overlay={overlay} />
  );
  if (network === "linkedin")
    return (
      <div data-testid="preview-carousel" className="border-t border-slate-200">
        <p className="bg-slate-800 px-3 py-1.5 text-xs text-white">
          {carouselTitle(slides)} · {slides.length} pages
        </p>
        <div
          tabIndex={0}
          role="group"
          aria-label="Carousel pages: scroll sideways"
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
  const shown = slides.slice(0, 4);
  return (
    <div data-testid="preview-carousel" className="grid grid-cols-2 gap-0.5">
      {shown.map((s, i) => tile(s, i, i === 3 && slides.length > 4 ? `+${slides.length - 4}` : undefined))}
    </div>
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
  const style = brandSlideStyle(brand);
  return (
    <div
      role="group"
      aria-label={`Slide ${index + 1} of ${count}`}
      data-testid={`preview-slide-${index + 1}`}
      style={{ background: style.background, color: style.text }}
      className="relative flex aspect-square flex-col justify-center overflow-hidden p-3"
    >
      <span className="absolute top-2 left-3 text-[10px] font-bold">
        {index + 1} / {count}
      </span>
      <p className={`line-clamp-6 text-xs leading-snug ${index === 0 ? "font-bold" : ""}`}>{text}</p>
      {overlay ? (
        <span className="absolute inset-0 flex items-center justify-center bg-black/60 text-2xl font-semibold text-white">
          {overlay}
        </span>
      ) : null}
    </div>
  );
}
