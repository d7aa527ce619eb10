import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { RemoteLookupError } from "@/lib/networks/http/failures";
import type { PublishResult } from "@/lib/networks/publisher";
import type { ChannelResolver } from "@/lib/orchestration/types";
import type { CommentReply } from "@/lib/generated/prisma/client";
import { assertReplyFits } from "./reply-fits";
import { findReply, sendReply, type ReplyTarget } from "./send-reply";
import { replyDto } from "./reply-dto";

/** How long a send may take before its row counts as an outcome unknown (the process stopped mid-send). */
export const REPLY_LEASE_MS = 60_000;

type Next = { kind: "send" | "reconcile"; row: CommentReply } | { kind: "done"; row: CommentReply };

/**
 * Answers a listened comment on the brand's behalf, exactly once per `key`: the same key sent again
 * returns the reply as it stands, resends one that certainly failed, and looks on the network for one
 * whose answer was lost before sending it again.
 */
export async function replyToComment({
  db,
  actor,
  channels,
  now,
  commentId,
  text,
  key,
}: {
  db: Db;
  actor: Actor;
  channels: ChannelResolver;
  now: () => Date;
  commentId: string;
  text: string;
  key: string;
}) {
  const comment = await db.socialComment.findFirst({
    where: { id: commentId, workspaceId: actor.workspaceId },
    select: { id: true, brandId: true, platform: true, remoteId: true, post: { select: { publication: true } } },
  });
  const postRemoteId = comment?.post.publication?.remoteId;
  if (!comment || !postRemoteId || comment.platform === "sandbox")
    throw new AppError("not_found", msg("errors.notFound.comment"));
  const network = comment.platform;
  assertReplyFits(network, text);
  const next = await claim(db, actor, comment.id, text, key, now());
  if (next.kind === "done") return replyDto(next.row);
  const target = { commentRemoteId: comment.remoteId, postRemoteId };
  const channel = await channels(comment.brandId, network);
  let row: CommentReply;
  // A reply that may already be on the network stays unknown: "failed" would let the next try send it unlooked-for.
  if (channel.blocked)
    row = await finish(db, next.row, {
      state: next.kind === "reconcile" ? "unknown" : "failed",
      lastError: channel.blocked,
    });
  else if (next.kind === "reconcile") row = await reconcileThenSend(db, next.row, channel, target, key);
  else row = await finish(db, next.row, outcome(await sendReply(channel, target, text, key)));
  if (row.state === "sent")
    await recordEvent(db, actor, {
      action: "comment.replied",
      entityType: "social_comment",
      entityId: comment.id,
      data: { reply_id: row.id, remote_id: row.remoteId },
    });
  return replyDto(row);
}

async function claim(db: Db, actor: Actor, commentId: string, text: string, key: string, now: Date): Promise<Next> {
  const leaseUntil = new Date(now.getTime() + REPLY_LEASE_MS);
  const inserted = await db.commentReply.createManyAndReturn({
    data: [
      {
        workspaceId: actor.workspaceId,
        commentId,
        clientKey: key,
        text,
        state: "sending",
        leaseUntil,
        authorId: actor.userId,
        authorLabel: actor.name ?? actor.label,
      },
    ],
    skipDuplicates: true,
  });
  if (inserted[0]) return { kind: "send", row: inserted[0] };
  const row = await db.commentReply.findUniqueOrThrow({
    where: { commentId_clientKey: { commentId, clientKey: key } },
  });
  if (row.text !== text) throw new AppError("conflict", msg("errors.listening.replyKeyReused"));
  const lapsed = row.state === "sending" && row.leaseUntil <= now;
  if (row.state === "sent" || (row.state === "sending" && !lapsed)) return { kind: "done", row };
  // Only one request takes the next attempt; a concurrent one sees the row as it then is.
  const [taken] = await db.commentReply.updateManyAndReturn({
    where: { id: row.id, attempt: row.attempt, state: row.state },
    data: { state: "sending", attempt: row.attempt + 1, leaseUntil },
  });
  if (!taken) return { kind: "done", row: await db.commentReply.findUniqueOrThrow({ where: { id: row.id } }) };
  return { kind: row.state === "failed" ? "send" : "reconcile", row: taken };
}

async function reconcileThenSend(
  db: Db,
  row: CommentReply,
  channel: Awaited<ReturnType<ChannelResolver>>,
  target: ReplyTarget,
  key: string,
) {
  try {
    const found = await findReply(channel, target, row.text);
    if (found) return finish(db, row, { state: "sent", remoteId: found.remoteId, lastError: null, raw: null });
  } catch (err) {
    if (!(err instanceof RemoteLookupError)) throw err;
    return finish(db, row, { state: "unknown", lastError: err.message, raw: err.raw });
  }
  return finish(db, row, outcome(await sendReply(channel, target, row.text, key)));
}

type Outcome = Pick<CommentReply, "state"> & Partial<Pick<CommentReply, "remoteId" | "lastError" | "raw">>;

function outcome(res: PublishResult): Outcome {
  if (res.ok) return { state: "sent", remoteId: res.remoteId, lastError: null, raw: res.raw };
  if (res.failureClass === "already_published" && res.existingRemoteId)
    return { state: "sent", remoteId: res.existingRemoteId, lastError: null, raw: res.raw };
  return { state: res.outcomeUnknown ? "unknown" : "failed", lastError: res.message, raw: res.raw };
}

/** Records an attempt's outcome, only if no later attempt took the row meanwhile. */
async function finish(db: Db, row: CommentReply, out: Outcome): Promise<CommentReply> {
  const [written] = await db.commentReply.updateManyAndReturn({
    where: { id: row.id, attempt: row.attempt, state: "sending" },
    data: out,
  });
  return written ?? db.commentReply.findUniqueOrThrow({ where: { id: row.id } });
}
