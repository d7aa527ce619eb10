import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { MediaStorage } from "./storage";

/** The bytes of one image (or its thumbnail) of the workspace; 404 for anything else, archived included. */
export async function readMedia({
  db,
  storage,
  workspaceId,
  id,
  variant,
}: {
  db: Db;
  storage: MediaStorage;
  workspaceId: string;
  id: string;
  variant: "full" | "thumb";
}) {
  const media = await db.media.findFirst({ where: { id, workspaceId, archivedAt: null } });
  if (!media) throw notFound("image");
  const bytes = await storage.get(variant === "thumb" ? media.thumbKey : media.storageKey);
  if (!bytes) throw notFound("imageFile");
  return { bytes, mimeType: variant === "thumb" ? "image/webp" : media.mimeType, filename: media.filename };
}
