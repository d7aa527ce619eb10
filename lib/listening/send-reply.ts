import { matchRemotePost } from "@/lib/networks/match-remote-post";
import type { EditResult, PublishResult, RemotePost, RemoveResult } from "@/lib/networks/publisher";
import type { ResolvedChannel } from "@/lib/orchestration/types";

/** The comment answered: its id on the network, and the id of the brand's post it sits under. */
export interface ReplyTarget {
  commentRemoteId: string;
  postRemoteId: string;
}

/**
 * Sends one reply the way each network threads it: on X a reply is a post answering the comment's
 * post; LinkedIn nests a comment under the comment (still naming the post); Facebook and the sandbox
 * comment on the comment itself. Never throws for network answers.
 */
export function sendReply(
  channel: ResolvedChannel,
  target: ReplyTarget,
  text: string,
  key: string,
): Promise<PublishResult> {
  const { publisher, accountId, accessToken } = channel;
  if (publisher.network === "x")
    return publisher.publish({
      payload: { network: "x", text, replyTo: target.commentRemoteId },
      accountId,
      accessToken,
      contentHash: key,
    });
  if (!publisher.comment) throw new Error(`${publisher.network} has no comments`);
  if (publisher.network === "linkedin")
    return publisher.comment({
      accountId,
      accessToken,
      postId: target.postRemoteId,
      parentId: target.commentRemoteId,
      text,
    });
  return publisher.comment({ accountId, accessToken, postId: target.commentRemoteId, text });
}

/**
 * Looks for a reply whose answer was lost, where sendReply would have put it. Throws RemoteLookupError
 * when the network cannot be asked: the reply then stays unknown rather than risk a second copy.
 */
export async function findReply(
  channel: ResolvedChannel,
  target: ReplyTarget,
  text: string,
): Promise<RemotePost | null> {
  const { publisher, accountId, accessToken } = channel;
  if (publisher.network === "x") {
    const recent = await publisher.findRecent({ accountId, accessToken, limit: 100 });
    return matchRemotePost(recent, text, target.commentRemoteId);
  }
  if (!publisher.findComments) throw new Error(`${publisher.network} cannot list comments`);
  const listed =
    publisher.network === "linkedin"
      ? await publisher.findComments({
          accountId,
          accessToken,
          postId: target.postRemoteId,
          parentId: target.commentRemoteId,
        })
      : await publisher.findComments({ accountId, accessToken, postId: target.commentRemoteId });
  return matchRemotePost(listed, text);
}

/** Takes a sent reply down where sendReply put it (on LinkedIn, under the comment it answers). */
export function removeReply(
  channel: ResolvedChannel,
  commentRemoteId: string,
  remoteId: string,
): Promise<RemoveResult> {
  const { publisher, accountId, accessToken } = channel;
  if (!publisher.remove) throw new Error(`${publisher.network} cannot remove`);
  const on = publisher.network === "linkedin" ? commentRemoteId : undefined;
  return publisher.remove({ accountId, accessToken, remoteId, on });
}

/** Replaces a sent reply's text where sendReply put it (LinkedIn and Facebook; X posts cannot be edited). */
export function rewriteReply(
  channel: ResolvedChannel,
  commentRemoteId: string,
  remoteId: string,
  text: string,
): Promise<EditResult> {
  const { publisher, accountId, accessToken } = channel;
  if (!publisher.edit) throw new Error(`${publisher.network} cannot edit`);
  const on = publisher.network === "linkedin" ? commentRemoteId : undefined;
  return publisher.edit({ accountId, accessToken, remoteId, on, text });
}
