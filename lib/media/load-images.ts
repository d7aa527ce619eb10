import type { Db } from "@/lib/db";
import type { MediaStorage } from "./storage";

export interface PostImage {
  mediaId: string;
  mimeType: string;
  /** the bytes, read only when the network still needs them */
  load: () => Promise<Uint8Array>;
}

/**
 * A post's images in order. An image taken out of the library later still goes out with the post that
 * was approved with it; one whose row or bytes are gone makes the publication fail as rejected.
 */
export async function loadPostImages(
  db: Db,
  storage: MediaStorage | undefined,
  ids: string[],
): Promise<PostImage[] | string> {
  if (!storage) return "No media storage is configured for this publisher.";
  const rows = await db.media.findMany({ where: { id: { in: ids } } });
  const images: PostImage[] = [];
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) return `Image ${id} is no longer in the library.`;
    images.push({
      mediaId: id,
      mimeType: row.mimeType,
      load: async () => {
        const bytes = await storage.get(row.storageKey);
        if (!bytes) throw new Error(`The file of image ${id} is missing from the media storage.`);
        return bytes;
      },
    });
  }
  return images;
}
