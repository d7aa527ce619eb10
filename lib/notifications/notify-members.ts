import type { Tx, NotifyContext } from "./notify-context";
import type { NotificationKind } from "./kinds";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { pickLocale } from "@/lib/i18n/locales";
import { msg, renderText, type Text } from "@/lib/i18n/render-text";

export interface NotificationInput {
  workspaceId: string;
  kind: NotificationKind;
  /** a catalogue message: each reader sees it in their own language */
  title: Text;
  /** app-relative link, e.g. /calendar?brand=acme&post=… */
  path?: string;
  entityId?: string;
  userIds: string[];
  /** the person who caused the event is not told about it */
  exceptUserId?: string | null;
}

/**
 * Writes the in-app notifications and the outbox emails in the caller's transaction, honouring each
 * member's preferences (no row means on). Only current members of the workspace are notified.
 */
export async function notifyMembers(tx: Tx, ctx: NotifyContext, n: NotificationInput) {
  const wanted = [...new Set(n.userIds)].filter((id) => id && id !== n.exceptUserId);
  if (wanted.length === 0) return 0;
  const [members, prefs] = await Promise.all([
    tx.membership.findMany({
      where: { workspaceId: n.workspaceId, userId: { in: wanted } },
      include: { user: { select: { email: true, locale: true } } },
    }),
    tx.notificationPreference.findMany({ where: { workspaceId: n.workspaceId, userId: { in: wanted }, kind: n.kind } }),
  ]);
  const pref = new Map(prefs.map((p) => [p.userId, p]));
  const inApp = members.filter((m) => pref.get(m.userId)?.inApp ?? true);
  if (inApp.length > 0) {
    await tx.notification.createMany({
      data: inApp.map((m) => ({
        workspaceId: n.workspaceId,
        userId: m.userId,
        kind: n.kind,
        title: renderText(n.title),
        titleText: { key: n.title.key, values: n.title.values ?? {} },
        url: n.path ?? null,
        entityId: n.entityId ?? null,
      })),
    });
  }
  if (ctx.emailEnabled) {
    const link = n.path ? new URL(n.path, ctx.appUrl).toString() : ctx.appUrl;
    for (const m of members.filter((x) => pref.get(x.userId)?.email ?? true)) {
      // an email has no browser to ask: the account's language, else English
      const locale = pickLocale(m.user.locale, null);
      const title = renderText(n.title, locale);
      await enqueueEmail(tx, n.workspaceId, n.kind, {
        to: m.user.email,
        subject: renderText(
          msg("notifications.emailSubject", { kind: renderText(msg(`notifications.kinds.${n.kind}`), locale), title }),
          locale,
        ),
        text: `${title}\n\n${link}\n\n${renderText(msg("notifications.emailFooter"), locale)}`,
      });
    }
  }
  return members.length;
}

/** Everyone who can sign off a post: owners and approvers. */
export async function approverIds(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { workspaceId, role: { in: ["owner", "approver"] } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}
