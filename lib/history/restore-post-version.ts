import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/audit/record-event";
import { assertCurrentVersion, findPost, LOCKED_STATES } from "@/lib/plans/find-post";
import { brandToday } from "@/lib/dates/zoned";
import { commitPostChange } from "@/lib/plans/commit-post-change";
import type { RestoreVersionInput } from "@/lib/schemas/history";
import { applyVersion } from "./apply-version";
import { assertMayRestoreStatus } from "@/lib/review/assert-may-restore-status";
import type { Role } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/render-text";

/** Makes an older version current again, as a new version; what was current stays in the history. */
export async function restorePostVersion({
  db,
  actor,
  role,
  id,
  input,
  now,
}: {
  db: Db;
  actor: Actor;
  role: Role;
  id: string;
  input: RestoreVersionInput;
  now: Date;
}) {
  const post = await findPost(db, actor.workspaceId, id);
  assertCurrentVersion(post, input.version);
  if (post.status === "published" || (post.publication && LOCKED_STATES.includes(post.publication.state))) {
    throw new AppError("conflict", msg("errors.history.locked"), {
      status: post.status,
    });
  }
  const row = await db.postVersion.findFirst({ where: { id: input.version_id, postId: post.id } });
  if (!row) throw notFound("version");
  await assertMayRestoreStatus(db, { workspaceId: actor.workspaceId, role, userId: actor.userId }, [
    { status: post.status, restored: row.status, lastEditorId: post.lastEditorId },
  ]);
  const rowDate = row.date.toISOString().slice(0, 10);
  const today = brandToday(now, post.brand.timezone);
  const slotTaken =
    rowDate !== post.date.toISOString().slice(0, 10) &&
    (await db.post.count({
      where: {
        brandId: post.brandId,
        platform: post.platform,
        date: row.date,
        status: "published",
        id: { not: post.id },
      },
    })) > 0;
  // A restore never moves a post into the past or onto a published slot: the content comes back, the day stays.
  const keepSchedule = rowDate < today || slotTaken;

  const restored = await commitPostChange(db, {
    post,
    actor,
    action: "post.restore",
    eventData: { from_version: post.version, restored_version: row.version, kept_schedule: keepSchedule },
    reason: "restore",
    now,
    conflictMessage: msg("errors.post.changedAtSameMoment"),
    write: (tx) =>
      applyVersion(tx, {
        row,
        expectedVersion: post.version,
        publication: post.publication,
        keepSchedule,
        humanTouchedAt: now,
      }),
  });
  return { ...restored, kept_schedule: keepSchedule };
}
