import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { detectImageType, IMAGE_TYPES } from "./detect-type";
import { mediaDto } from "./media-dto";
import { processImage } from "./process-image";
import type { MediaStorage } from "./storage";
import { msg } from "@/lib/i18n/render-text";

export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;
const EXT = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif" } as const;

/** The name shown in the library: the upload's own, reduced to something safe to display. */
function cleanName(name: string | null, ext: string): string {
  const base = (name ?? "")
    .replace(/[\u0000-\u001f\u007f/\\]/g, "")
    .trim()
    .slice(0, 120);
  return base || `image.${ext}`;
}

/**
 * Adds an image to a brand's library: the type is read from the bytes (JPEG, PNG, WebP or GIF, at most
 * 10 MB), the image is re-encoded without its metadata (EXIF location included) and a thumbnail is made.
 * The bytes are stored before the row, so a row never points at nothing.
 */
export async function uploadMedia({
  db,
  storage,
  actor,
  brandId,
  bytes,
  filename,
  now,
  audited = true,
}: {
  db: Db;
  storage: MediaStorage;
  actor: Actor;
  brandId: string;
  bytes: Uint8Array;
  filename: string | null;
  now: Date;
  /** false when the caller's own event names the image (an automatic card's post.card) */
  audited?: boolean;
}) {
  if (bytes.byteLength === 0)
    throw new AppError("validation_error", msg("errors.media.empty"), [{ path: "file", message: "empty" }]);
  if (bytes.byteLength > MAX_MEDIA_BYTES)
    throw new AppError("payload_too_large", msg("errors.media.tooLarge"), [
      { path: "file", message: `${bytes.byteLength} bytes` },
    ]);
  const type = detectImageType(bytes);
  if (!type)
    throw new AppError("validation_error", msg("errors.media.type", { count: IMAGE_TYPES.length }), [
      { path: "file", message: msg("errors.detail.notAnImage") },
    ]);
  let processed;
  try {
    processed = await processImage(bytes, type);
  } catch (err) {
    throw new AppError("validation_error", msg("errors.media.unreadable"), [
      { path: "file", message: err instanceof Error ? err.message.slice(0, 200) : "unreadable" },
    ]);
  }
  const id = randomUUID();
  const ext = EXT[type];
  const prefix = `${actor.workspaceId}/${brandId}/${id}`.replace(/[^A-Za-z0-9_/-]/g, "_");
  const storageKey = `${prefix}.${ext}`;
  const thumbKey = `${prefix}-thumb.webp`;
  await storage.put(storageKey, processed.bytes, type);
  await storage.put(thumbKey, processed.thumb, "image/webp");
  const media = await db.$transaction(async (tx) => {
    const row = await tx.media.create({
      data: {
        id,
        workspaceId: actor.workspaceId,
        brandId,
        mimeType: type,
        width: processed.width,
        height: processed.height,
        size: processed.bytes.byteLength,
        filename: cleanName(filename, ext),
        storageKey,
        thumbKey,
        createdById: actor.userId,
        createdAt: now,
      },
    });
    if (audited)
      await recordEvent(tx, actor, { action: "media.upload", entityType: "media", entityId: id, data: { brandId } });
    return row;
  });
  return mediaDto(media);
}
