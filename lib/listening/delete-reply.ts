import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import type { ChannelResolver } from "@/lib/orchestration/types";
import { networkName } from "@/lib/strategy/network-names";
import { removeReply } from "./send-reply";
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
  const reply = await db.commentReply.findFirst({
    where: { id: replyId, commentId, workspaceId: actor.workspaceId },
    include: { comment: { select: { brandId: true, platform: true, remoteId: true } } },
  });
  if (!reply) throw new AppError("not_found", msg("errors.notFound.reply"));
  if (reply.deletedAt) return replyDto(reply);
  if (reply.state !== "sent" || !reply.remoteId)
    throw new AppError("conflict", msg("errors.listening.replyNotSent", { state: reply.state }));
  const { comment } = reply;
  // The sandbox posted nothing: there is nothing to take down.
  if (!reply.remoteId.startsWith("sandbox_") && comment.platform !== "sandbox") {
    const channel = await channels(comment.brandId, comment.platform);
    if (channel.blocked) throw new AppError("needs_reconnect", channel.blocked);
    const res = await removeReply(channel, comment.remoteId, reply.remoteId);
    if (!res.ok) {
      const text = msg("errors.listening.replyNotRemoved", {
        network: networkName(comment.platform),
        reason: res.message,
      });
      throw new AppError(res.failureClass === "needs_reconnect" ? "needs_reconnect" : "service_unavailable", text, {
        raw: res.raw,
      });
    }
  }
  const [row] = await db.commentReply.updateManyAndReturn({
    where: { id: reply.id, deletedAt: null },
    data: { deletedAt: now(), deletedBy: actor.name ?? actor.label },
  });
  if (row)
    await recordEvent(db, actor, {
      action: "comment.reply_deleted",
      entityType: "social_comment",
      entityId: commentId,
      data: { reply_id: reply.id, remote_id: reply.remoteId },
    });
  return replyDto(row ?? (await db.commentReply.findUniqueOrThrow({ where: { id: reply.id } })));
}
