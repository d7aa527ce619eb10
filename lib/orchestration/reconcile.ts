import type { Db } from "@/lib/db";
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
): Promise<OwnMatch | { error: string }> {
  try {
    const recent = await channel.publisher.findRecent({
      accountId: channel.accountId,
      accessToken: channel.accessToken,
      since,
      limit: 100,
    });
    return await matchOwnPost(db, publicationId, recent, text, null);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
