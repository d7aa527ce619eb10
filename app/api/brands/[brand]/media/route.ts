import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { listMedia } from "@/lib/media/list-media";
import { MAX_MEDIA_BYTES, uploadMedia } from "@/lib/media/upload-media";
import { readBytesCapped } from "@/lib/request-guards";
import { listMediaQuery, uploadMediaQuery } from "@/lib/schemas/media";
import { imageModelFromEnv } from "@/lib/wiring/image-model-from-env";
import { mediaStorageFromEnv } from "@/lib/wiring/media-storage";

/** `illustrations`: whether "Generate an illustration" has an image model behind it (AI_IMAGE_MODEL) */
export type MediaListResponse = JsonOf<typeof listMedia> & { illustrations: boolean };
export type UploadedMediaResponse = JsonOf<typeof uploadMedia>;

type P = { brand: string };

export const GET = withAuth<P>(async ({ req, db, auth, params }) => {
  const { cursor, limit } = readQuery(req, listMediaQuery);
  const brand = await resolveBrand({ db, workspaceId: auth.workspaceId, ref: params.brand });
  const page = await listMedia({ db, workspaceId: auth.workspaceId, brandId: brand.id, cursor, limit });
  return json({ ...page, illustrations: imageModelFromEnv() !== undefined });
});

/** The image is the raw request body; its type is read from the bytes, not from Content-Type. */
export const POST = withAuth<P>(
  async ({ req, db, auth, params, now }) => {
    const { filename } = readQuery(req, uploadMediaQuery);
    const brand = await resolveBrand({ db, workspaceId: auth.workspaceId, ref: params.brand });
    const bytes = await readBytesCapped(req, MAX_MEDIA_BYTES);
    const storage = mediaStorageFromEnv();
    const media = await uploadMedia({
      db,
      storage,
      actor: auth.actor,
      brandId: brand.id,
      bytes,
      filename: filename ?? null,
      now,
    });
    return json(media, 201);
  },
  { role: "editor" },
);
