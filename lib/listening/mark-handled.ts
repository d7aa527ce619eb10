import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { recordEvent, type Actor } from "@/lib/audit/record-event";

/**
 * Marks a heard comment as needing no (further) reply, or opens it again: a handled comment leaves the
 * "unanswered" list whether or not the brand replied. Marking it twice keeps the first mark.
 */
export async function markHandled({
  db,
  actor,
  now,
  commentId,
  handled,
}: {
  db: Db;
  actor: Actor;
  now: Date;
  commentId: string;
  handled: boolean;
}) {
  const where = { id: commentId, workspaceId: actor.workspaceId };
  const [changed] = await db.socialComment.updateManyAndReturn({
    where: { ...where, handledAt: handled ? null : { not: null } },
    data: handled ? { handledAt: now, handledBy: actor.name ?? actor.label } : { handledAt: null, handledBy: null },
    select: { id: true, handledAt: true, handledBy: true },
  });
  const row =
    changed ?? (await db.socialComment.findFirst({ where, select: { id: true, handledAt: true, handledBy: true } }));
  if (!row) throw new AppError("not_found", msg("errors.notFound.comment"));
  if (changed)
    await recordEvent(db, actor, {
      action: handled ? "comment.handled" : "comment.reopened",
      entityType: "social_comment",
      entityId: commentId,
    });
  return { id: row.id, handled_at: row.handledAt, handled_by: row.handledBy };
}
