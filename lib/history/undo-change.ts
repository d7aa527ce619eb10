import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { LOCKED_STATES } from "@/lib/plans/find-post";
import { applyVersion, versionContentSchema } from "./apply-version";
import { recordVersions } from "./post-versions";
import { undoGenerate } from "./undo-generate";
import { assertMayRestoreStatus } from "@/lib/review/assert-may-restore-status";
import type { Role } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/render-text";

/** The UI offers Undo for 10 seconds; the server allows a little more for slow networks, then points to History. */
export const UNDO_WINDOW_MS = 5 * 60_000;

/**
 * Reverts every post one action changed (a move, one or many approvals, a skip, a regenerate) to the
 * version it had before, in one transaction: if any of them changed since, nothing is undone.
 */
export async function undoChange({
  db,
  actor,
  role,
  changeId,
  now,
}: {
  db: Db;
  actor: Actor;
  role: Role;
  changeId: string;
  now: Date;
}) {
  const event = await db.auditEvent.findFirst({ where: { id: changeId, workspaceId: actor.workspaceId } });
  if (!event) throw notFound("change");
  if (now.getTime() - event.createdAt.getTime() > UNDO_WINDOW_MS) {
    throw new AppError("conflict", msg("errors.undo.tooOld"));
  }
  const undone = await db.auditEvent.findFirst({
    where: { workspaceId: actor.workspaceId, action: "change.undo", entityId: event.id },
  });
  if (undone) throw new AppError("conflict", msg("errors.undo.already"));
  if (event.action === "plan.generate") return undoGenerate({ db, actor, event, now });

  const rows = await db.postVersion.findMany({ where: { changeId: event.id }, orderBy: { postId: "asc" } });
  if (rows.length === 0) throw new AppError("conflict", msg("errors.undo.nothing"));
  const posts = await db.post.findMany({
    where: { id: { in: rows.map((r) => r.postId) }, brand: { workspaceId: actor.workspaceId } },
    include: { publication: true },
  });
  const previous = await db.postVersion.findMany({
    where: { OR: rows.map((r) => ({ postId: r.postId, version: { lt: r.version } })) },
    orderBy: { version: "desc" },
    distinct: ["postId"],
  });
  const byPost = new Map(posts.map((p) => [p.id, p]));
  const before = new Map(previous.map((v) => [v.postId, v]));
  await assertMayRestoreStatus(
    db,
    { workspaceId: actor.workspaceId, role, userId: actor.userId },
    posts.flatMap((p) => {
      const prev = before.get(p.id);
      return prev ? [{ status: p.status, restored: prev.status, lastEditorId: p.lastEditorId }] : [];
    }),
  );

  return db.$transaction(
    async (tx) => {
      for (const row of rows) {
        const post = byPost.get(row.postId);
        const prev = before.get(row.postId);
        if (!post || !prev || post.archivedAt) throw new AppError("conflict", msg("errors.undo.postGone"));
        if (post.status === "published" || (post.publication && LOCKED_STATES.includes(post.publication.state))) {
          throw new AppError("conflict", msg("errors.undo.published"));
        }
        const ok = await applyVersion(tx, {
          row: prev,
          expectedVersion: row.version,
          publication: post.publication,
          humanTouchedAt: versionContentSchema.parse(prev.content).humanTouched ? (post.humanTouchedAt ?? now) : null,
        });
        if (!ok) throw new AppError("conflict", msg("errors.undo.changedAgain"));
      }
      const undo = await recordEvent(tx, actor, {
        action: "change.undo",
        entityType: "change",
        entityId: event.id,
        data: { undone_action: event.action, posts: rows.length },
      });
      await recordVersions(tx, { postIds: rows.map((r) => r.postId), actor, reason: "undo", changeId: undo.id, now });
      return { undone: rows.length, action: event.action, change_id: undo.id };
    },
    { timeout: 30_000 },
  );
}
