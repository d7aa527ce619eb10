import type { PostComment } from "@/lib/generated/prisma/client";

export function commentDto(c: PostComment) {
  return {
    id: c.id,
    post_id: c.postId,
    author_id: c.authorId,
    author: c.authorLabel,
    body: c.body,
    kind: c.kind,
    mentions: c.mentions,
    created_at: c.createdAt.toISOString(),
  };
}
export type CommentDto = ReturnType<typeof commentDto>;
