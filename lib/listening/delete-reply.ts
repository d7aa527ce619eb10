import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import type { ChannelResolver } from "@/lib/orchestration/types";
import { removeReply } from "./send-reply";
import { changeOnNetwork, findReply } from "./sent-reply";
import { replyDto } from "./reply-dto";

/**
 * Takes a sent reply down from the network, then marks it deleted (the row stays, with who deleted it).
 * Removing is safe to repeat: a reply already gone from the network counts as removed, and one already
 * marked deleted is returned as it is.
 */
export async function deleteReply({
  db,
  actor,
  channels,
  now,
  commentId,
  replyId,
}: {
  db: Db;
  actor: Actor;
  channels: ChannelResolver;
  now: () => Date;
  commentId: string;
  replyId: string;
}) {
  const reply = await findReply(db, actor, commentId, replyId);
  if (reply.deletedAt) return replyDto(reply);
  const { remoteId } = reply;
  if (reply.state !== "sent" || !remoteId)
    throw new AppError("conflict", msg("errors.listening.replyNotSent", { state: reply.state }));
  await changeOnNetwork(
    channels,
    reply.comment,
    remoteId,
    (channel) => removeReply(channel, reply.comment.remoteId, remoteId),
    (values) => msg("errors.listening.replyNotRemoved", values),
  );
  const [row] = await db.commentReply.updateManyAndReturn({
    where: { id: reply.id, deletedAt: null },
    data: { deletedAt: now(), deletedBy: actor.name ?? actor.label },
  });
  if (row)
    await recordEvent(db, actor, {
      action: "comment.reply_deleted",
      entityType: "social_comment",
      entityId: commentId,
      data: { reply_id: reply.id, remote_id: remoteId },
    });
  return replyDto(row ?? (await db.commentReply.findUniqueOrThrow({ where: { id: reply.id } })));
}
