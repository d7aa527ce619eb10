import { sqlPool, type Db } from "@/lib/db";
import { matchRemotePost } from "@/lib/networks/match-remote-post";
import type { PublishFailure, RemotePost } from "@/lib/networks/publisher";

type Found = Pick<RemotePost, "remoteId" | "remoteUrl">;
export type OwnMatch = { post: Found } | { taken: Found } | null;

/** Whether another publication's post, or one of its steps, already holds this remote id. */
export async function recordedElsewhere(db: Db, publicationId: string, remoteId: string): Promise<boolean> {
  // Only reached when a network reports a duplicate or a lost answer was found, next to a network lookup that
  // costs more. An index on remote ids would instead cost every finish its HOT update (see the schema).
  const { rows } = await sqlPool(db).query(
    `SELECT 1 FROM "Publication" WHERE "remoteId" = $2 AND id <> $1
     UNION ALL
     SELECT 1 FROM "PublicationStep" WHERE "remoteId" = $2 AND "publicationId" <> $1
     LIMIT 1`,
    [publicationId, remoteId],
  );
  return rows.length > 0;
}

/**
 * Finds this publication's post among the network's recent ones. Brands can share an account, so the
 * same text may be another post's: a match already recorded for another publication is not ours, and
 * `taken` names it when nothing else matches.
 */
export async function matchOwnPost(
  db: Db,
  publicationId: string,
  posts: RemotePost[],
  text: string,
  replyTo?: string | null,
): Promise<OwnMatch> {
  let pool = posts;
  let taken: Found | null = null;
  for (;;) {
    const match = matchRemotePost(pool, text, replyTo);
    if (!match) return taken ? { taken } : null;
    if (!(await recordedElsewhere(db, publicationId, match.remoteId))) return { post: match };
    taken ??= match;
    pool = pool.filter((p) => p !== match);
  }
}

/** The id a duplicate answer names (LinkedIn's DUPLICATE_POST): ours, unless another post recorded it. */
export async function ownGivenId(db: Db, publicationId: string, remoteId: string): Promise<OwnMatch> {
  const found = { remoteId, remoteUrl: null };
  return (await recordedElsewhere(db, publicationId, remoteId)) ? { taken: found } : { post: found };
}

/** A duplicate answer whose only copy is another post's: a person must change the text. */
export function takenFailure(f: PublishFailure, remoteId: string): PublishFailure {
  return {
    ...f,
    failureClass: "rejected",
    message: `${f.message}. The network already has this text as ${remoteId}, which another post published. Edit this post so its text differs, then approve it again.`,
  };
}
