import type { PostComment } from "@/lib/generated/prisma/client";

/** `names`: members' current names by id; `author` stays the stored label (a member's email, a client's name). */
export function commentDto(c: PostComment, names: ReadonlyMap<string, string> = new Map()) {
  return {
    id: c.id,
    post_id: c.postId,
    author_id: c.authorId,
    author: c.authorLabel,
    /** the member's name; null when the author is not a member with one */
    author_name: (c.authorId && names.get(c.authorId)) || null,
    body: c.body,
    kind: c.kind,
    mentions: c.mentions,
    created_at: c.createdAt.toISOString(),
  };
}
export type CommentDto = ReturnType<typeof commentDto>;
