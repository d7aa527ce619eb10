import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import type { PostStatus } from "@/lib/generated/prisma/enums";

/** A post is only visible through its brand's workspace, and not once its brand is archived. */
export async function findPost(db: Db, workspaceId: string, id: string) {
  const post = await db.post.findFirst({
    where: { id, archivedAt: null, brand: { workspaceId, archivedAt: null } },
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

/**
 * What a person's change does to the post's approval when they do not set the status themselves. A new
 * text must be approved again, on an approved post and on a failed one (whose ledger row starts over). A
 * move keeps the approval: a failed post moved is approved again, or nothing would send it.
 */
export function statusAfterChange(status: PostStatus, change: { text: boolean; moved: boolean }): PostStatus | null {
  if (change.text && (status === "approved" || status === "failed")) return "draft";
  if (change.moved && status === "failed") return "approved";
  return null;
}
