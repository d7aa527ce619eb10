import type { CollectFailure } from "./collector";
import type { Network } from "./publisher";

/** One public comment or reply, as a network reports it. */
export interface RemoteComment {
  remoteId: string;
  /** the author's public name; networks that hide it get a generic label */
  authorName: string;
  text: string;
  createdAt: Date;
  /** the network's own language guess (X), when it gives one */
  language?: string;
  url: string | null;
}

export interface CommentsRequest {
  accountId: string;
  accessToken: string;
  /** our published post's id on the network */
  postId: string;
  /** only comments written after this are needed (the network may still return older ones) */
  since?: Date;
  /** the sandbox simulates comments from what the post was */
  hint?: { pillar?: string; network?: string };
  signal?: AbortSignal;
}

export type CommentsResult = { ok: true; comments: RemoteComment[] } | { ok: false; failure: CollectFailure };

/** Lists the comments under one post; never throws for network answers. */
export interface CommentSource {
  network: Network;
  list(req: CommentsRequest): Promise<CommentsResult>;
}

/** At most this many pages per post and run, so one viral post cannot exhaust a rate limit. */
export const MAX_COMMENT_PAGES = 10;
