import type { Db } from "@/lib/db";
import { findPost } from "@/lib/plans/find-post";
import { decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import { namesById } from "@/lib/team/member-names";
import { commentDto } from "./comment-dto";

/**
 * A post's thread, oldest first: its newest `limit` comments, and the cursor of the page before them
 * (null when the thread starts here).
 */
export async function listComments({
  db,
  workspaceId,
  postId,
  before,
  limit = 100,
}: {
  db: Db;
  workspaceId: string;
  postId: string;
  before?: string;
  limit?: number;
}) {
  const post = await findPost(db, workspaceId, postId);
  const c = before ? decodeCursor(before, "before") : null;
  const rows = await db.postComment.findMany({
    where: {
      postId: post.id,
      ...(c ? { OR: [{ createdAt: { lt: c.date } }, { createdAt: c.date, id: { lt: c.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit).reverse();
  const names = await namesById(
    db,
    page.map((r) => r.authorId),
  );
  return {
    comments: page.map((r) => commentDto(r, names)),
    older_cursor: rows.length > limit ? encodeCursor(page[0]!) : null,
  };
}
