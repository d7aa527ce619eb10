import type { Db } from "@/lib/db";
import { networkName } from "@/lib/strategy/network-names";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { notifyMembers } from "@/lib/notifications/notify-members";
import { msg } from "@/lib/i18n/render-text";

export interface NegativeAlert {
  /** a post alerts once its negative share reaches this (0–1) */
  share: number;
  /** …with at least this many comments, so two grumpy replies out of three do not page anyone */
  minComments: number;
}

export const DEFAULT_NEGATIVE_ALERT: NegativeAlert = { share: 0.5, minComments: 4 };

/** Tells the workspace's editors and above, once per post, when its comments turn mostly negative. */
export async function alertNegativePosts(
  deps: { db: Db; notify?: NotifyContext; negativeAlert?: NegativeAlert },
  postIds: string[],
): Promise<number> {
  if (!deps.notify || postIds.length === 0) return 0;
  const rule = deps.negativeAlert ?? DEFAULT_NEGATIVE_ALERT;
  const counts = await deps.db.socialComment.groupBy({
    by: ["postId", "sentiment"],
    where: { postId: { in: postIds } },
    _count: { _all: true },
  });
  let alerted = 0;
  for (const postId of postIds) {
    const mine = counts.filter((c) => c.postId === postId);
    const total = mine.reduce((s, c) => s + c._count._all, 0);
    const negative = mine.find((c) => c.sentiment === "negative")?._count._all ?? 0;
    if (total < rule.minComments || negative / total < rule.share) continue;
    const post = await deps.db.post.findUniqueOrThrow({
      where: { id: postId },
      select: { pillar: true, platform: true, brand: { select: { workspaceId: true, slug: true, name: true } } },
    });
    const workspaceId = post.brand.workspaceId;
    const sent = await deps.db.$transaction(async (tx) => {
      const already = await tx.notification.findFirst({
        where: { workspaceId, kind: "negative_comments", entityId: postId },
        select: { id: true },
      });
      if (already) return false;
      const members = await tx.membership.findMany({
        where: { workspaceId, role: { in: ["owner", "approver", "editor"] } },
        select: { userId: true },
      });
      await notifyMembers(tx, deps.notify!, {
        workspaceId,
        kind: "negative_comments",
        title: msg("notifications.titles.negative", {
          brand: post.brand.name,
          negative,
          total,
          pillar: post.pillar,
          network: networkName(post.platform),
        }),
        path: `/conversations?brand=${encodeURIComponent(post.brand.slug)}&post=${postId}&sentiment=negative`,
        entityId: postId,
        userIds: members.map((m) => m.userId),
      });
      return true;
    });
    if (sent) alerted++;
  }
  return alerted;
}
