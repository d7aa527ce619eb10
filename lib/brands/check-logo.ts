import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";

/** A logo is one of the brand's own images, still in its library; anything else is refused. */
export async function assertBrandLogo(db: Db, workspaceId: string, brandId: string | null, mediaId: string) {
  const found =
    brandId !== null &&
    (await db.media.count({ where: { id: mediaId, brandId, workspaceId, archivedAt: null } })) === 1;
  if (!found)
    throw new AppError("validation_error", msg("errors.brands.logo"), [
      { path: "logo_media_id", message: msg(brandId ? "errors.detail.notInLibrary" : "errors.detail.logoLater") },
    ]);
}
