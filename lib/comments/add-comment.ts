import type { Db } from "@/lib/db";
import { networkName } from "@/lib/strategy/network-names";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { findPost } from "@/lib/plans/find-post";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { notifyMembers } from "@/lib/notifications/notify-members";
import { commentDto } from "./comment-dto";
import { findMentions } from "./find-mentions";
import { utcDay } from "@/lib/dates/days";
import { msg } from "@/lib/i18n/render-text";

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
  const members = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId },
    include: { user: { select: { id: true, email: true, name: true } } },
  });
  const mentions = findMentions(
    body,
    members.map((m) => m.user),
  );
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
    await notifyMembers(tx, notify, {
      workspaceId: actor.workspaceId,
      kind: "mention",
      title: msg("notifications.titles.mention", {
        actor: actor.label,
        network: networkName(post.platform),
        date: utcDay(post.date),
        excerpt: body.slice(0, 140),
      }),
      path: `/calendar?brand=${post.brand.slug}&month=${post.date.toISOString().slice(0, 7)}&post=${post.id}`,
      entityId: post.id,
      userIds: mentions,
      exceptUserId: actor.userId,
    });
    await recordEvent(tx, actor, {
      action: "post.comment",
      entityType: "post",
      entityId: post.id,
      data: { comment_id: row.id, mentions },
    });
    return row;
  });
  return commentDto(comment);
}
