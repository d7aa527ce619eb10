import type { Db } from "@/lib/db";
import type { MediaStorage } from "./storage";

export interface PostImage {
  mediaId: string;
  mimeType: string;
  /** the bytes, read only when the network still needs them */
  load: () => Promise<Uint8Array>;
}

/**
 * A post's images in order, and what is wrong with them. An image taken out of the library later still
 * goes out with the post that was approved with it; one whose row or bytes are gone (or no storage at
 * all) is a problem that fails the publication as rejected. Its place in the list throws when read, so a
 * post that is already live, and needs no bytes, can still be recognised as such.
 */
export async function loadPostImages(
  db: Db,
  storage: MediaStorage | undefined,
  ids: string[],
): Promise<{ images: PostImage[]; problem: string | null }> {
  if (ids.length === 0) return { images: [], problem: null };
  const rows = storage ? await db.media.findMany({ where: { id: { in: ids } } }) : [];
  let problem: string | null = storage ? null : "No media storage is configured for this publisher.";
  const images = ids.map((id): PostImage => {
    const row = rows.find((r) => r.id === id);
    if (!storage || !row) {
      const why = problem ?? `Image ${id} is no longer in the library.`;
      problem ??= why;
      return { mediaId: id, mimeType: "application/octet-stream", load: () => Promise.reject(new Error(why)) };
    }
    return {
      mediaId: id,
      mimeType: row.mimeType,
      load: async () => {
        const bytes = await storage.get(row.storageKey);
        if (!bytes) throw new Error(`The file of image ${id} is missing from the media storage.`);
        return bytes;
      },
    };
  });
  return { images, problem };
}
