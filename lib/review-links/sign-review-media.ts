import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { signMediaPath } from "@/lib/media/signed-url";
import { openReviewLink } from "./open-review-link";

/**
 * A client's review link opens the images of the posts it covers, and nothing else: the image must be
 * attached to one of those posts and belong to the link's brand. What it gets is a short-lived signed
 * path, so the bytes themselves are served as any signed media link is.
 */
export async function signReviewMedia({
  db,
  token,
  mediaId,
  secret,
  now,
}: {
  db: Db;
  token: string;
  mediaId: string;
  secret: string;
  now: Date;
}) {
  const { link, scope } = await openReviewLink(db, token, now);
  const covered = await db.post.count({ where: { AND: [scope, { mediaIds: { has: mediaId } }] } });
  const media = covered
    ? await db.media.findFirst({
        where: { id: mediaId, workspaceId: link.workspaceId, brandId: link.brandId, archivedAt: null },
        select: { id: true },
      })
    : null;
  if (!media) throw notFound("image");
  return signMediaPath(secret, media.id, now);
}
