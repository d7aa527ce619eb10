import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { recordEvent, type Actor } from "@/lib/audit/record-event";

/**
 * Takes an image out of the library; posts that already went out keep theirs, the bytes stay until cleanup.
 * An image a coming post or a brand's logo still uses is refused (409, naming them): archived, it would
 * leave that post or the client's review page with a broken image, or be dropped from the post unseen.
 */
export async function archiveMedia({ db, actor, id, now }: { db: Db; actor: Actor; id: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const media = await tx.media.findFirst({ where: { id, workspaceId: actor.workspaceId, archivedAt: null } });
    if (!media) throw notFound("image");
    const [posts, logos] = await Promise.all([
      tx.post.findMany({
        where: { mediaIds: { has: id }, archivedAt: null, status: { not: "published" } },
        select: { id: true },
        take: 50,
      }),
      tx.brand.findMany({ where: { logoMediaId: id, archivedAt: null }, select: { slug: true, name: true } }),
    ]);
    if (posts.length || logos.length)
      throw new AppError(
        "conflict",
        msg("errors.media.inUse", { posts: posts.length, logos: logos.map((b) => b.name).join(", ") || "none" }),
        { post_ids: posts.map((p) => p.id), logo_of: logos.map((b) => b.slug) },
      );
    // Fenced like before: of two archivings at once, one records it.
    const { count } = await tx.media.updateMany({ where: { id, archivedAt: null }, data: { archivedAt: now } });
    if (count === 0) throw notFound("image");
    await recordEvent(tx, actor, { action: "media.archive", entityType: "media", entityId: id });
    return { id, archived: true };
  });
}
