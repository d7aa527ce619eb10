import { readQuery, withPublic } from "@/lib/http";
import { envPick } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { verifyMediaSignature } from "@/lib/media/signed-url";
import { signedMediaQuery } from "@/lib/schemas/media";
import { mediaStorageFromEnv } from "@/lib/wiring/media-storage";
import { msg } from "@/lib/i18n/render-text";

/** The bytes behind a signed link, while it is valid; the signature covers the id and the expiry. */
export const GET = withPublic<{ id: string }>(async ({ req, db, params, now }) => {
  const { exp, sig } = readQuery(req, signedMediaQuery);
  const { NEXTAUTH_SECRET } = envPick(["NEXTAUTH_SECRET"]);
  if (!verifyMediaSignature(NEXTAUTH_SECRET, params.id, exp, sig, now))
    throw new AppError("forbidden", msg("errors.media.linkGone"));
  const media = await db.media.findFirst({ where: { id: params.id, archivedAt: null } });
  const bytes = media ? await mediaStorageFromEnv().get(media.storageKey) : null;
  if (!media || !bytes) throw new AppError("not_found", msg("errors.media.imageGone"));
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": media.mimeType, "cache-control": "private, no-store" },
  });
});
