import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import type { ChannelResolver } from "@/lib/orchestration/types";
import { networkName } from "@/lib/strategy/network-names";
import { measureLength } from "@/lib/strategy/networks";
import { REPLY_LIMITS } from "@/lib/schemas/listening";
import { rewriteReply } from "./send-reply";
import { replyDto } from "./reply-dto";

/**
 * Changes the text of a sent reply on the network, then in its row. The text it replaces is kept in the
 * activity log. X posts cannot be edited: there a reply is deleted and sent again. Setting the text a
 * reply already has sends nothing, so a repeated edit is harmless.
 */
export async function editReply({
  db,
  actor,
  channels,
  now,
  commentId,
  replyId,
  text,
}: {
  db: Db;
  actor: Actor;
  channels: ChannelResolver;
  now: () => Date;
  commentId: string;
  replyId: string;
  text: string;
}) {
  const reply = await db.commentReply.findFirst({
    where: { id: replyId, commentId, workspaceId: actor.workspaceId },
    include: { comment: { select: { brandId: true, platform: true, remoteId: true } } },
  });
  if (!reply) throw new AppError("not_found", msg("errors.notFound.reply"));
  const { comment } = reply;
  if (reply.deletedAt) throw new AppError("conflict", msg("errors.listening.replyDeleted"));
  if (reply.state !== "sent" || !reply.remoteId)
    throw new AppError("conflict", msg("errors.listening.replyNotSentToEdit", { state: reply.state }));
  if (comment.platform === "x") throw new AppError("conflict", msg("errors.listening.xNoEdit"));
  const network = comment.platform === "sandbox" ? "facebook" : comment.platform;
  const length = measureLength(network, text);
  if (length > REPLY_LIMITS[network])
    throw new AppError(
      "validation_error",
      msg("errors.listening.replyTooLong", { max: REPLY_LIMITS[network], length }),
      [{ path: "text", message: `${length} > ${REPLY_LIMITS[network]}` }],
    );
  if (text === reply.text) return replyDto(reply);
  // The sandbox posted nothing: only the record changes.
  if (!reply.remoteId.startsWith("sandbox_") && comment.platform !== "sandbox") {
    const channel = await channels(comment.brandId, comment.platform);
    if (channel.blocked) throw new AppError("needs_reconnect", channel.blocked);
    const res = await rewriteReply(channel, comment.remoteId, reply.remoteId, text);
    if (!res.ok) {
      const reason = msg("errors.listening.replyNotEdited", {
        network: networkName(comment.platform),
        reason: res.message,
      });
      throw new AppError(res.failureClass === "needs_reconnect" ? "needs_reconnect" : "service_unavailable", reason, {
        raw: res.raw,
      });
    }
  }
  const [row] = await db.commentReply.updateManyAndReturn({
    where: { id: reply.id, deletedAt: null },
    data: { text, editedAt: now(), editedBy: actor.name ?? actor.label },
  });
  if (!row) throw new AppError("conflict", msg("errors.listening.replyDeleted"));
  await recordEvent(db, actor, {
    action: "comment.reply_edited",
    entityType: "social_comment",
    entityId: commentId,
    data: { reply_id: reply.id, remote_id: reply.remoteId, before: reply.text, after: text },
  });
  return replyDto(row);
}
