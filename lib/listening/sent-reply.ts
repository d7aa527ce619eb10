import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg, type Text } from "@/lib/i18n/render-text";
import type { Actor } from "@/lib/audit/record-event";
import type { RemoveResult } from "@/lib/networks/publisher";
import type { ChannelResolver, ResolvedChannel } from "@/lib/orchestration/types";
import { networkName } from "@/lib/strategy/network-names";

/** A reply of this workspace under this comment, with what changing it on the network needs. */
export async function findReply(db: Db, actor: Actor, commentId: string, replyId: string) {
  const reply = await db.commentReply.findFirst({
    where: { id: replyId, commentId, workspaceId: actor.workspaceId },
    include: { comment: { select: { brandId: true, platform: true, remoteId: true } } },
  });
  if (!reply) throw new AppError("not_found", msg("errors.notFound.reply"));
  return reply;
}

type Comment = Awaited<ReturnType<typeof findReply>>["comment"];

/**
 * Changes a sent reply where it was put; the sandbox posted nothing, so there it changes nothing. A refusal
 * throws with the network's reason (424 when the connection needs reconnecting, else 503).
 */
export async function changeOnNetwork(
  channels: ChannelResolver,
  comment: Comment,
  remoteId: string,
  change: (channel: ResolvedChannel) => Promise<RemoveResult>,
  refused: (values: { network: string; reason: string }) => Text,
) {
  if (remoteId.startsWith("sandbox_") || comment.platform === "sandbox") return;
  const channel = await channels(comment.brandId, comment.platform);
  if (channel.blocked) throw new AppError("needs_reconnect", channel.blocked);
  const res = await change(channel);
  if (res.ok) return;
  const text = refused({ network: networkName(comment.platform), reason: res.message });
  throw new AppError(res.failureClass === "needs_reconnect" ? "needs_reconnect" : "service_unavailable", text, {
    raw: res.raw,
  });
}
