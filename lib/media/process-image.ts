import sharp from "sharp";
import type { ImageType } from "./detect-type";

export interface ProcessedImage {
  bytes: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

/** Larger images are refused before decoding: a small file can claim a huge canvas. */
const MAX_PIXELS = 50_000_000;

/**
 * Re-encodes the image in its own format without any metadata: EXIF (GPS position, camera serial) is
 * dropped, after its orientation is applied to the pixels. GIFs keep their animation. A 320 px WebP
 * thumbnail is made for the library.
 */
export async function processImage(input: Uint8Array, type: ImageType): Promise<ProcessedImage> {
  const animated = type === "image/gif";
  const base = () => sharp(input, { animated, limitInputPixels: MAX_PIXELS }).rotate();
  const encoded =
    type === "image/jpeg"
      ? base().jpeg({ quality: 90, mozjpeg: true })
      : type === "image/png"
        ? base().png()
        : type === "image/webp"
          ? base().webp({ quality: 90 })
          : base().gif();
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  const thumb = await sharp(input, { limitInputPixels: MAX_PIXELS })
    .rotate()
    .resize(320, 320, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer();
  // An animated GIF reports the height of all its frames stacked.
  const height = info.pageHeight ?? info.height;
  return { bytes: data, thumb, width: info.width, height };
}
