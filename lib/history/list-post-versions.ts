import type { Db } from "@/lib/db";
import { findPost } from "@/lib/plans/find-post";
import { localTime } from "@/lib/dates/zoned";
import { namesById } from "@/lib/team/member-names";

/** A post's history, newest first. A post never changed since generation shows its generated state. */
export async function listPostVersions({ db, workspaceId, id }: { db: Db; workspaceId: string; id: string }) {
  const post = await findPost(db, workspaceId, id);
  const rows = await db.postVersion.findMany({ where: { postId: post.id }, orderBy: { version: "desc" } });
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
  if (!rows.some((v) => v.version === post.version)) {
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
  return { post_id: post.id, current_version: post.version, restorable: post.status !== "published", versions };
}
