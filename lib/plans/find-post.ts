import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** A post is only visible through its brand's workspace. */
export async function findPost(db: Db, workspaceId: string, id: string) {
  const post = await db.post.findFirst({
    where: { id, archivedAt: null, brand: { workspaceId } },
    include: { brand: true, publication: true },
  });
  if (!post) throw notFound("Post");
  return post;
}

export const LOCKED_STATES = ["claimed", "sending", "published", "unknown"];
