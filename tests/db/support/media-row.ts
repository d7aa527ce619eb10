import type { Db } from "@/lib/db";

/** A library image row whose bytes are never read: enough for a post to name it. */
export function mediaRow(db: Db, owner: { workspaceId: string; brandId: string }) {
  return db.media.create({
    data: {
      ...owner,
      mimeType: "image/png",
      width: 10,
      height: 10,
      size: 1,
      filename: "own.png",
      storageKey: "x/own.png",
      thumbKey: "x/own-thumb.webp",
    },
  });
}
