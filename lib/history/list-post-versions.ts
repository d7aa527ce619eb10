import type { Db } from "@/lib/db";
import { findPost } from "@/lib/plans/find-post";
import { localTime } from "@/lib/dates/zoned";
import { namesById } from "@/lib/team/member-names";
import { decodeVersionCursor, encodeVersionCursor } from "@/lib/pagination/keyset-cursor";

/**
 * A post's history, newest first, a page at a time. A post never changed since generation shows its
 * generated state. Ordered by version number, not time: versions written in one transaction share a time.
 */
export async function listPostVersions({
  db,
  workspaceId,
  id,
  limit,
  cursor,
}: {
  db: Db;
  workspaceId: string;
  id: string;
  limit: number;
  cursor?: string;
}) {
  const below = cursor === undefined ? undefined : decodeVersionCursor(cursor);
  const post = await findPost(db, workspaceId, id);
  const found = await db.postVersion.findMany({
    where: { postId: post.id, ...(below === undefined ? {} : { version: { lt: below } }) },
    orderBy: { version: "desc" },
    take: limit + 1,
  });
  const rows = found.slice(0, limit);
  // the stored label is the email; people read the history by name, as the activity log shows them
  const names = await namesById(
    db,
    rows.map((v) => v.actorId),
  );
  const versions = rows.map((v) => ({
    id: v.id,
    version: v.version,
    body: v.body,
    date: v.date.toISOString().slice(0, 10),
    time: localTime(v.scheduledAt, post.brand.timezone),
    status: v.status,
    actor: v.actorLabel,
    actor_name: (v.actorId && names.get(v.actorId)) || null,
    reason: v.reason,
    created_at: v.createdAt.toISOString(),
    current: v.version === post.version,
  }));
  if (below === undefined && !found.some((v) => v.version === post.version)) {
    // Not yet snapshotted (bulk-generated, untouched): the current state is still the generated one.
    versions.unshift({
      id: `current:${post.id}`,
      version: post.version,
      body: post.body,
      date: post.date.toISOString().slice(0, 10),
      time: localTime(post.scheduledAt, post.brand.timezone),
      status: post.status,
      actor: post.version === 1 ? "generator" : "system",
      actor_name: null,
      reason: post.version === 1 ? "generate" : "unrecorded",
      created_at: post.updatedAt.toISOString(),
      current: true,
    });
  }
  // the unsnapshotted current state takes a place on the first page like any version
  const page = versions.slice(0, limit);
  const more = versions.length > limit || found.length > limit;
  return {
    post_id: post.id,
    current_version: post.version,
    restorable: post.status !== "published",
    versions: page,
    next_cursor: more ? encodeVersionCursor(page[page.length - 1]!.version) : null,
  };
}
