import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import type { ChannelResolver } from "@/lib/orchestration/types";
import { assertReplyFits } from "./reply-fits";
import { rewriteReply } from "./send-reply";
import { changeOnNetwork, findReply } from "./sent-reply";
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
  const reply = await findReply(db, actor, commentId, replyId);
  const { comment, remoteId } = reply;
  if (reply.deletedAt) throw new AppError("conflict", msg("errors.listening.replyDeleted"));
  if (reply.state !== "sent" || !remoteId)
    throw new AppError("conflict", msg("errors.listening.replyNotSentToEdit", { state: reply.state }));
  if (comment.platform === "x") throw new AppError("conflict", msg("errors.listening.xNoEdit"));
  assertReplyFits(comment.platform === "sandbox" ? "facebook" : comment.platform, text);
  if (text === reply.text) return replyDto(reply);
  await changeOnNetwork(
    channels,
    comment,
    remoteId,
    (channel) => rewriteReply(channel, comment.remoteId, remoteId, text),
    (values) => msg("errors.listening.replyNotEdited", values),
  );
  const [row] = await db.commentReply.updateManyAndReturn({
    where: { id: reply.id, deletedAt: null },
    data: { text, editedAt: now(), editedBy: actor.name ?? actor.label },
  });
  if (!row) throw new AppError("conflict", msg("errors.listening.replyDeleted"));
  await recordEvent(db, actor, {
    action: "comment.reply_edited",
    entityType: "social_comment",
    entityId: commentId,
    data: { reply_id: reply.id, remote_id: remoteId, before: reply.text, after: text },
  });
  return replyDto(row);
}
