import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";

/** A post is only visible through its brand's workspace. */
export async function findPost(db: Db, workspaceId: string, id: string) {
  const post = await db.post.findFirst({
    where: { id, archivedAt: null, brand: { workspaceId } },
    include: { brand: true, publication: true },
  });
  if (!post) throw notFound("post");
  return post;
}

export const LOCKED_STATES = ["claimed", "sending", "published", "unknown"];

/** The edit was made on the version the person saw; otherwise 409 with the current version to reload. */
export function assertCurrentVersion(post: { version: number }, expected: number): void {
  if (expected !== post.version)
    throw new AppError("conflict", msg("errors.post.stale", { version: post.version }), {
      current_version: post.version,
    });
}
