import type { Db } from "@/lib/db";
import { findPost } from "@/lib/plans/find-post";
import { commentDto } from "./comment-dto";

export async function listComments({ db, workspaceId, postId }: { db: Db; workspaceId: string; postId: string }) {
  const post = await findPost(db, workspaceId, postId);
  const rows = await db.postComment.findMany({ where: { postId: post.id }, orderBy: { createdAt: "asc" }, take: 500 });
  return rows.map(commentDto);
}
