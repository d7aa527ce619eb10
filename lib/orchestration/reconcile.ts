import type { Db } from "@/lib/db";
import { RemoteLookupError } from "@/lib/networks/http/failures";
import { matchOwnPost, type OwnMatch } from "./match-own-post";
import type { ResolvedChannel } from "./types";

/**
 * Before re-sending a post whose first send may have landed, or when the network calls it a
 * duplicate, ask the network what it already has. A single post is top-level: on X a reply with the
 * same words is not it.
 */
export async function reconcile(
  db: Db,
  publicationId: string,
  channel: ResolvedChannel,
  text: string,
  since: Date,
): Promise<OwnMatch | LookupFailed> {
  try {
    const recent = await channel.publisher.findRecent({
      accountId: channel.accountId,
      accessToken: channel.accessToken,
      since,
      limit: 100,
    });
    return await matchOwnPost(db, publicationId, recent, text, null);
  } catch (err) {
    return lookupFailed(err);
  }
}

/** Why the network could not be asked, with its raw answer when it gave one. */
export interface LookupFailed {
  error: string;
  httpStatus: number | null;
  raw: string | null;
}

export function lookupFailed(err: unknown): LookupFailed {
  const error = err instanceof Error ? err.message : String(err);
  if (err instanceof RemoteLookupError) return { error, httpStatus: err.httpStatus, raw: err.raw };
  return { error, httpStatus: null, raw: null };
}
