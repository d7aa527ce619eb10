import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { actorName, recordEvent, type Actor } from "@/lib/audit/record-event";
import { ensureBaseVersions, recordVersions } from "@/lib/history/post-versions";
import { brandToday } from "@/lib/dates/zoned";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { approverIds, notifyMembers } from "@/lib/notifications/notify-members";
import type { SubmitInput } from "@/lib/schemas/review";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { msg, renderText } from "@/lib/i18n/render-text";

/** Draft posts of a range go to in_review; approvers are told in the same transaction. Past days are left alone. */
export async function submitForReview({
  db,
  actor,
  input,
  now,
  notify,
}: {
  db: Db;
  actor: Actor;
  input: SubmitInput;
  now: Date;
  notify: NotifyContext;
}) {
  const ws = await db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
  if (!ws.approvalRequired) {
    throw new AppError("conflict", msg("errors.review.notRequired"));
  }
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref: input.brand });
  const today = brandToday(now, brand.timezone);
  const from = input.from && input.from > today ? input.from : today;
  const to = input.to ?? null;
  return db.$transaction(async (tx) => {
    const rows = await tx.post.findMany({
      where: {
        brandId: brand.id,
        archivedAt: null,
        status: "draft",
        date: { gte: new Date(`${from}T00:00:00Z`), ...(to ? { lte: new Date(`${to}T00:00:00Z`) } : {}) },
        ...(input.platforms ? { platform: { in: input.platforms } } : {}),
      },
      select: { id: true },
    });
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return { submitted: 0 };
    await ensureBaseVersions(tx, ids);
    const { count } = await tx.post.updateMany({
      where: { id: { in: ids }, status: "draft" },
      data: { status: "in_review", submittedById: actor.userId, version: { increment: 1 }, humanTouchedAt: now },
    });
    const range = to && to !== from ? `${from} – ${to}` : from;
    const title = msg("notifications.titles.submitted", { actor: actorName(actor), count, brand: brand.name, range });
    await notifyMembers(tx, notify, {
      workspaceId: actor.workspaceId,
      kind: "review_requested",
      title,
      path: `/calendar?brand=${brand.slug}&month=${from.slice(0, 7)}`,
      entityId: brand.id,
      userIds: await approverIds(tx, actor.workspaceId),
      exceptUserId: actor.userId,
    });
    await enqueueWebhookEvent(tx, {
      workspaceId: actor.workspaceId,
      type: "post.review_requested",
      data: { brand: brand.slug, from, to, post_ids: ids, submitted_by: actor.label },
      text: renderText(title),
      now,
    });
    const event = await recordEvent(tx, actor, {
      action: "post.submit",
      entityType: "brand",
      entityId: brand.id,
      data: { from, to, platforms: input.platforms ?? null, submitted: count, post_ids: ids },
    });
    await recordVersions(tx, { postIds: ids, actor, reason: "submit", changeId: event.id, now });
    return { submitted: count, change_id: event.id };
  });
}
