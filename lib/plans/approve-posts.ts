import type { Db } from "@/lib/db";
import type { ApproveInput } from "@/lib/schemas/strategy";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { ensureBaseVersions, recordVersions } from "@/lib/history/post-versions";
import { brandToday } from "@/lib/dates/zoned";

/** Bulk-approves draft posts in a range; past days and published posts are left alone. */
export async function approvePosts({
  db,
  actor,
  input,
  now,
}: {
  db: Db;
  actor: Actor;
  input: ApproveInput;
  now: Date;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref: input.brand });
  const ws = await db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
  const today = brandToday(now, brand.timezone);
  const from = input.from && input.from > today ? input.from : today;
  const where = {
    brandId: brand.id,
    archivedAt: null,
    // With review on, only posts under review, and never the approver's own versions.
    ...(ws.approvalRequired
      ? { status: "in_review" as const, OR: [{ lastEditorId: null }, { lastEditorId: { not: actor.userId ?? "" } }] }
      : { status: "draft" as const }),
    date: { gte: new Date(`${from}T00:00:00Z`), ...(input.to ? { lte: new Date(`${input.to}T00:00:00Z`) } : {}) },
    ...(input.platforms ? { platform: { in: input.platforms } } : {}),
  };
  return db.$transaction(
    async (tx) => {
      const ids = (await tx.post.findMany({ where, select: { id: true } })).map((p) => p.id);
      await ensureBaseVersions(tx, ids);
      // The status filter again: a post approved or edited meanwhile is not approved twice.
      const { count } = await tx.post.updateMany({
        where: { ...where, id: { in: ids } },
        data: { status: "approved", version: { increment: 1 }, humanTouchedAt: now },
      });
      const event = await recordEvent(tx, actor, {
        action: "post.bulk_approve",
        entityType: "brand",
        entityId: brand.id,
        data: { from, to: input.to ?? null, platforms: input.platforms ?? null, approved: count },
      });
      await recordVersions(tx, { postIds: ids, actor, reason: "approve", changeId: event.id, now });
      return { approved: count, change_id: event.id };
    },
    { timeout: 30_000 },
  );
}
