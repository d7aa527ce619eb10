import type { Db } from "@/lib/db";
import { networkName } from "@/lib/strategy/network-names";
import { AppError, notFound } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { approverIds, notifyMembers } from "@/lib/notifications/notify-members";
import type { ClientDecisionInput } from "@/lib/schemas/review-links";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { openReviewLink } from "./open-review-link";
import { utcDay } from "@/lib/dates/days";
import { msg, renderText } from "@/lib/i18n/render-text";

/**
 * A client's Approve or Request changes on one post of the link's range. Approval marks the post approved,
 * or, when the workspace requires approval, puts it in review for an approver (approving twice changes
 * nothing); a change request sends it back to draft and tells its editors. The decision is a comment on the post
 * and an audit event, so it shows in the post's history and the activity log.
 */
export async function decideAsClient({
  db,
  token,
  postId,
  input,
  now,
  notify,
}: {
  db: Db;
  token: string;
  postId: string;
  input: ClientDecisionInput;
  now: Date;
  notify: NotifyContext;
}) {
  const { link, brand, scope } = await openReviewLink(db, token, now);
  const post = await db.post.findFirst({ where: { AND: [scope, { id: postId }] } });
  if (!post) throw notFound("post");
  if (!["draft", "in_review", "approved"].includes(post.status)) {
    throw new AppError("conflict", msg("errors.reviewLink.closed", { status: post.status }));
  }
  // A yes is for the text the client read: a teammate's edit since then is read first.
  if (input.version !== undefined && input.version !== post.version)
    throw new AppError("conflict", msg("errors.reviewLink.changed"), { current_version: post.version });
  const approve = input.decision === "approve";
  // With approval required, a client's yes is heard but only a member who approves may send the post out.
  const { approvalRequired } = await db.workspace.findUniqueOrThrow({
    where: { id: link.workspaceId },
    select: { approvalRequired: true },
  });
  const status = !approve ? "draft" : approvalRequired ? "in_review" : "approved";
  if (approve && post.status === "approved") return { id: post.id, status: post.status };
  // A second yes with nothing said since (a double click, the page opened twice) records nothing more.
  if (approve && post.status === status) {
    const last = await db.postComment.findFirst({ where: { postId: post.id }, orderBy: { createdAt: "desc" } });
    if (last?.kind === "client_approved") return { id: post.id, status: post.status };
  }
  const label = `${input.name} (client)`;
  const actor = { workspaceId: link.workspaceId, userId: null, label };
  const date = utcDay(post.date);
  await db.$transaction(async (tx) => {
    const { count } = await tx.post.updateMany({
      where: { id: post.id, version: post.version },
      data: { status, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("conflict", msg("errors.reviewLink.race"));
    await tx.postComment.create({
      data: {
        workspaceId: link.workspaceId,
        postId: post.id,
        authorLabel: label,
        // the kind says "approved"; the body is the client's own words only
        body: input.comment ?? "",
        kind: approve ? "client_approved" : "client_changes_requested",
      },
    });
    await recordEvent(tx, actor, {
      action: approve ? "post.client.approve" : "post.client.changes_requested",
      entityType: "post",
      entityId: post.id,
      data: { from: post.status, version: post.version + 1, comment: input.comment ?? null, review_link: link.id },
    });
    if (approve && status === "in_review" && post.status !== "in_review") {
      // The client's yes waits for an approver: they are told, as when a member submits.
      const title = msg("notifications.titles.clientApproved", {
        actor: label,
        network: networkName(post.platform),
        date,
      });
      await notifyMembers(tx, notify, {
        workspaceId: link.workspaceId,
        kind: "review_requested",
        title,
        path: `/calendar?brand=${brand.slug}&month=${date.slice(0, 7)}&post=${post.id}`,
        entityId: post.id,
        userIds: await approverIds(tx, link.workspaceId),
      });
      await enqueueWebhookEvent(tx, {
        workspaceId: link.workspaceId,
        type: "post.review_requested",
        data: { brand: brand.slug, from: date, to: date, post_ids: [post.id], submitted_by: label },
        text: renderText(title),
        now,
      });
    }
    if (!approve) {
      const title = msg("notifications.titles.changes", {
        actor: label,
        network: networkName(post.platform),
        date,
        comment: input.comment ?? "",
      });
      const editors = [post.submittedById, post.lastEditorId].filter((x): x is string => !!x);
      await notifyMembers(tx, notify, {
        workspaceId: link.workspaceId,
        kind: "changes_requested",
        title,
        path: `/calendar?brand=${brand.slug}&month=${date.slice(0, 7)}&post=${post.id}`,
        entityId: post.id,
        userIds: editors.length ? editors : link.createdById ? [link.createdById] : [],
      });
      await enqueueWebhookEvent(tx, {
        workspaceId: link.workspaceId,
        type: "post.changes_requested",
        data: {
          post_id: post.id,
          brand: brand.slug,
          platform: post.platform,
          date,
          comment: input.comment ?? "",
          by: label,
        },
        text: renderText(title),
        now,
      });
    }
  });
  return { id: post.id, status };
}
