import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A logo is one of the brand's own images, still in its library; anything else is refused. */
export async function assertBrandLogo(db: Db, workspaceId: string, brandId: string | null, mediaId: string) {
  const found =
    brandId !== null &&
    (await db.media.count({ where: { id: mediaId, brandId, workspaceId, archivedAt: null } })) === 1;
  if (!found)
    throw new AppError("validation_error", "Pick the logo from this brand's media library.", [
      { path: "logo_media_id", message: brandId ? "not in this brand's library" : "upload it once the brand exists" },
    ]);
}
