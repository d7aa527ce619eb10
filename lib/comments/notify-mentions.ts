import type { Db } from "@/lib/db";
import { actorName, type Actor } from "@/lib/audit/record-event";
import { networkName } from "@/lib/strategy/network-names";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { notifyMembers } from "@/lib/notifications/notify-members";
import { utcDay } from "@/lib/dates/days";
import { msg } from "@/lib/i18n/render-text";
import { findMentions } from "./find-mentions";

type Tx = Parameters<typeof notifyMembers>[0];

/** The members a comment names with @, by name or email: read before the comment is written. */
export async function mentionsIn(db: Pick<Db, "membership">, workspaceId: string, body: string) {
  const members = await db.membership.findMany({
    where: { workspaceId },
    include: { user: { select: { id: true, email: true, name: true } } },
  });
  return findMentions(
    body,
    members.map((m) => m.user),
  );
}

/** Tells each member a comment names (a thread comment or a review decision's), except its author. */
export function notifyMentions(
  tx: Tx,
  notify: NotifyContext,
  {
    actor,
    post,
    body,
    mentions,
  }: {
    actor: Actor;
    post: { id: string; platform: string; date: Date; brand: { slug: string } };
    body: string;
    mentions: string[];
  },
) {
  return notifyMembers(tx, notify, {
    workspaceId: actor.workspaceId,
    kind: "mention",
    title: msg("notifications.titles.mention", {
      actor: actorName(actor),
      network: networkName(post.platform),
      date: utcDay(post.date),
      excerpt: body.slice(0, 140),
    }),
    path: `/calendar?brand=${post.brand.slug}&month=${post.date.toISOString().slice(0, 7)}&post=${post.id}`,
    entityId: post.id,
    userIds: mentions,
    exceptUserId: actor.userId,
  });
}
