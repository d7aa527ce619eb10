import { readQuery, withPublic } from "@/lib/http";
import { envPick } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { verifyMediaSignature } from "@/lib/media/signed-url";
import { signedMediaQuery } from "@/lib/schemas/media";
import { mediaStorageFromEnv } from "@/lib/wiring/media-storage";

/** The bytes behind a signed link, while it is valid; the signature covers the id and the expiry. */
export const GET = withPublic<{ id: string }>(async ({ req, db, params, now }) => {
  const { exp, sig } = readQuery(req, signedMediaQuery);
  const { NEXTAUTH_SECRET } = envPick(["NEXTAUTH_SECRET"]);
  if (!verifyMediaSignature(NEXTAUTH_SECRET, params.id, exp, sig, now))
    throw new AppError("forbidden", "This link is invalid or has expired.");
  const media = await db.media.findFirst({ where: { id: params.id, archivedAt: null } });
  const bytes = media ? await mediaStorageFromEnv().get(media.storageKey) : null;
  if (!media || !bytes) throw new AppError("not_found", "Image not found.");
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": media.mimeType, "cache-control": "private, no-store" },
  });
});
