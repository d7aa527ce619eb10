import type { CollectFailure } from "./collector";

/** One public post of a competitor with its public counts. */
export interface CompetitorPostData {
  remoteId: string;
  text: string;
  url: string | null;
  publishedAt: Date;
  reactions: number;
  comments: number;
  shares: number;
}

export interface CompetitorRequest {
  /** what the person typed: an X username or a Facebook Page id or username */
  handle: string;
  /** the network's id, once an earlier run resolved it */
  remoteId: string | null;
  /** the brand's own connection token: competitors are read as that account */
  accessToken: string;
  since: Date;
  signal?: AbortSignal;
}

export type CompetitorResult =
  | { ok: true; account: { remoteId: string; displayName: string }; posts: CompetitorPostData[] }
  | { ok: false; failure: CollectFailure };

/** Reads a public account's recent posts; never throws for network answers. */
export interface CompetitorSource {
  network: "x" | "facebook";
  timeline(req: CompetitorRequest): Promise<CompetitorResult>;
}

/** Pages per account and run: a competitor posting more than this in the window is cut, not looped on. */
export const MAX_TIMELINE_PAGES = 5;
