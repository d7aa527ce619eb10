import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AuditEvent } from "@/lib/generated/prisma/client";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { msg } from "@/lib/i18n/render-text";

interface GenerateData {
  replacedIds?: string[];
  archivedPlanIds?: string[];
}

/** Puts the month back as it was before a regenerate: the new posts go, the replaced ones return. */
export async function undoGenerate({ db, actor, event, now }: { db: Db; actor: Actor; event: AuditEvent; now: Date }) {
  const data = (event.data ?? {}) as GenerateData;
  const plan = await db.plan.findFirst({
    where: { id: event.entityId, brand: { workspaceId: actor.workspaceId } },
    include: { posts: { include: { publication: true } } },
  });
  if (!plan || !data.replacedIds) throw new AppError("conflict", msg("errors.undo.generateGone"));
  const live = plan.posts.filter((p) => !p.archivedAt);
  if (
    live.some(
      (p) =>
        p.version > 1 ||
        p.status !== "draft" ||
        (p.publication?.state !== undefined && p.publication.state !== "pending"),
    )
  ) {
    throw new AppError("conflict", msg("errors.undo.generateChanged"));
  }
  return db.$transaction(
    async (tx) => {
      await tx.post.updateMany({ where: { id: { in: live.map((p) => p.id) } }, data: { archivedAt: now } });
      await tx.plan.update({ where: { id: plan.id }, data: { status: "archived", archivedAt: now } });
      const back = await tx.post.updateMany({
        where: { id: { in: data.replacedIds }, brand: { workspaceId: actor.workspaceId } },
        data: { archivedAt: null },
      });
      await tx.plan.updateMany({
        where: { id: { in: data.archivedPlanIds ?? [] }, brand: { workspaceId: actor.workspaceId } },
        data: { status: "active", archivedAt: null },
      });
      const undo = await recordEvent(tx, actor, {
        action: "change.undo",
        entityType: "change",
        entityId: event.id,
        data: { undone_action: event.action, removed: live.length, restored: back.count },
      });
      return { undone: back.count, action: event.action, change_id: undo.id };
    },
    { timeout: 30_000 },
  );
}
