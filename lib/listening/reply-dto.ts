import { isSandboxRemoteId } from "@/lib/networks/sandbox/is-sandbox";
import type { CommentReply } from "@/lib/generated/prisma/client";

/** A reply as the API shows it; the network's raw answer is shown only while something is wrong. */
export function replyDto(r: CommentReply) {
  return {
    id: r.id,
    key: r.clientKey,
    text: r.text,
    state: r.state,
    attempt: r.attempt,
    remote_id: r.remoteId,
    /** recorded by the sandbox: the network is not connected, so nothing was posted */
    sandbox: isSandboxRemoteId(r.remoteId),
    error: r.state === "sent" ? null : r.lastError,
    raw: r.state === "sent" ? null : r.raw,
    author: r.authorLabel,
    created_at: r.createdAt,
    /** taken down from the network, and by whom */
    deleted_at: r.deletedAt,
    deleted_by: r.deletedBy,
    /** its text changed on the network after sending, and by whom */
    edited_at: r.editedAt,
    edited_by: r.editedBy,
  };
}
export type ReplyDto = ReturnType<typeof replyDto>;
