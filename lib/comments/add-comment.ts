import type { Db } from "@/lib/db";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { findPost } from "@/lib/plans/find-post";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { namesById } from "@/lib/team/member-names";
import { commentDto } from "./comment-dto";
import { mentionsIn, notifyMentions } from "./notify-mentions";

export async function addComment({
  db,
  actor,
  postId,
  body,
  notify,
}: {
  db: Db;
  actor: Actor;
  postId: string;
  body: string;
  notify: NotifyContext;
}) {
  const post = await findPost(db, actor.workspaceId, postId);
  const mentions = await mentionsIn(db, actor.workspaceId, body);
  const comment = await db.$transaction(async (tx) => {
    const row = await tx.postComment.create({
      data: {
        workspaceId: actor.workspaceId,
        postId: post.id,
        authorId: actor.userId,
        authorLabel: actor.label,
        body,
        mentions,
      },
    });
    await notifyMentions(tx, notify, { actor, post, body, mentions });
    await recordEvent(tx, actor, {
      action: "post.comment",
      entityType: "post",
      entityId: post.id,
      data: { comment_id: row.id, mentions },
    });
    return row;
  });
  return commentDto(comment, await namesById(db, [actor.userId]));
}
