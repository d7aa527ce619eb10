import type { Db } from "@/lib/db";
import type { ApproveInput } from "@/lib/schemas/strategy";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { brandToday } from "./local-time";

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
  const { count } = await db.post.updateMany({
    where: {
      brandId: brand.id,
      archivedAt: null,
      // With review on, only posts under review, and never the approver's own versions.
      ...(ws.approvalRequired
        ? { status: "in_review" as const, OR: [{ lastEditorId: null }, { lastEditorId: { not: actor.userId ?? "" } }] }
        : { status: "draft" as const }),
      date: { gte: new Date(`${from}T00:00:00Z`), ...(input.to ? { lte: new Date(`${input.to}T00:00:00Z`) } : {}) },
      ...(input.platforms ? { platform: { in: input.platforms } } : {}),
    },
    data: { status: "approved", version: { increment: 1 } },
  });
  await recordEvent(db, actor, {
    action: "post.bulk_approve",
    entityType: "brand",
    entityId: brand.id,
    data: { from, to: input.to ?? null, platforms: input.platforms ?? null, approved: count },
  });
  return { approved: count };
}
