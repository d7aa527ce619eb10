import type { Media } from "@/lib/generated/prisma/client";

export function mediaDto(m: Media) {
  return {
    id: m.id,
    brand_id: m.brandId,
    mime_type: m.mimeType,
    width: m.width,
    height: m.height,
    size: m.size,
    filename: m.filename,
    url: `/api/media/${m.id}`,
    thumb_url: `/api/media/${m.id}?variant=thumb`,
    created_at: m.createdAt.toISOString(),
  };
}
export type MediaDto = ReturnType<typeof mediaDto>;
