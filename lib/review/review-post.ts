import type { Db } from "@/lib/db";
import { networkName } from "@/lib/strategy/network-names";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { actorName, recordEvent, type Actor } from "@/lib/audit/record-event";
import { ensureBaseVersions, recordVersions } from "@/lib/history/post-versions";
import { assertCurrentVersion, findPost } from "@/lib/plans/find-post";
import { postDto } from "@/lib/plans/post-dto";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { notifyMembers } from "@/lib/notifications/notify-members";
import type { ReviewDecisionInput } from "@/lib/schemas/review";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { assertMayApprove } from "./approval-policy";
import { mentionsIn, notifyMentions } from "@/lib/comments/notify-mentions";
import { utcDay } from "@/lib/dates/days";
import { msg, renderText } from "@/lib/i18n/render-text";

/** An approver approves a post under review, or sends it back to draft with a comment for its author. */
export async function reviewPost({
  db,
  actor,
  role,
  id,
  input,
  now,
  notify,
}: {
  db: Db;
  actor: Actor;
  role: Role;
  id: string;
  input: ReviewDecisionInput;
  now: Date;
  notify: NotifyContext;
}) {
  const post = await findPost(db, actor.workspaceId, id);
  const ws = await db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
  assertCurrentVersion(post, input.version);
  const reviewable = ws.approvalRequired ? ["in_review"] : ["draft", "in_review"];
  if (input.decision === "request_changes") reviewable.push("approved");
  if (!reviewable.includes(post.status)) {
    throw new AppError("conflict", msg("errors.review.notInReview", { status: post.status, decision: input.decision }));
  }
  if (input.decision === "approve") {
    assertMayApprove({
      approvalRequired: ws.approvalRequired,
      role,
      userId: actor.userId,
      lastEditorId: post.lastEditorId,
    });
  } else if (ws.approvalRequired && role !== "owner" && role !== "approver") {
    throw new AppError("forbidden", msg("errors.review.requestChangesRole", { role }));
  }
  const approve = input.decision === "approve";
  const mentions = input.comment ? await mentionsIn(db, actor.workspaceId, input.comment) : [];
  const updated = await db.$transaction(async (tx) => {
    await ensureBaseVersions(tx, [post.id]);
    const { count } = await tx.post.updateMany({
      where: { id: post.id, version: post.version },
      data: { status: approve ? "approved" : "draft", version: { increment: 1 }, humanTouchedAt: now },
    });
    if (count === 0) throw new AppError("conflict", msg("errors.review.race"));
    if (input.comment) {
      await notifyMentions(tx, notify, { actor, post, body: input.comment, mentions });
      await tx.postComment.create({
        data: {
          workspaceId: actor.workspaceId,
          postId: post.id,
          authorId: actor.userId,
          authorLabel: actor.label,
          body: input.comment,
          mentions,
          kind: approve ? "approved" : "changes_requested",
        },
      });
    }
    if (!approve) {
      const title = msg("notifications.titles.changes", {
        actor: actorName(actor),
        network: networkName(post.platform),
        date: utcDay(post.date),
        comment: input.comment ?? "",
      });
      await notifyMembers(tx, notify, {
        workspaceId: actor.workspaceId,
        kind: "changes_requested",
        title,
        path: `/calendar?brand=${post.brand.slug}&month=${post.date.toISOString().slice(0, 7)}&post=${post.id}`,
        entityId: post.id,
        userIds: [post.submittedById, post.lastEditorId].filter((x): x is string => !!x),
        exceptUserId: actor.userId,
      });
      await enqueueWebhookEvent(tx, {
        workspaceId: actor.workspaceId,
        type: "post.changes_requested",
        data: {
          post_id: post.id,
          brand: post.brand.slug,
          platform: post.platform,
          date: utcDay(post.date),
          comment: input.comment ?? "",
          by: actor.label,
        },
        text: renderText(title),
        now,
      });
    }
    const event = await recordEvent(tx, actor, {
      action: approve ? "post.review.approve" : "post.review.changes_requested",
      entityType: "post",
      entityId: post.id,
      data: { from: post.status, version: post.version + 1, comment: input.comment ?? null },
    });
    await recordVersions(tx, {
      postIds: [post.id],
      actor,
      reason: approve ? "approve" : "request_changes",
      changeId: event.id,
      now,
    });
    const fresh = await tx.post.findUniqueOrThrow({ where: { id: post.id }, include: { publication: true } });
    return { fresh, changeId: event.id };
  });
  return { ...postDto(updated.fresh, post.brand.timezone), change_id: updated.changeId };
}
