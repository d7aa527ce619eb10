import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/audit/record-event";
import { recordEvent } from "@/lib/audit/record-event";
import { hashOneTimeToken, newOneTimeToken } from "@/lib/crypto/one-time-token";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import type { CreateInviteInput } from "@/lib/schemas/team";
import { inviteDto } from "./invite-dto";
import { msg } from "@/lib/i18n/render-text";
import type { Locale } from "@/lib/i18n/locales";
import { inviteEmail } from "./invite-email";

export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

/**
 * The link is returned once (for the owner to copy) and emailed through the outbox when SMTP is configured,
 * in `locale`: the inviter's language (see invite-email.ts).
 */
export async function createInvite({
  db,
  actor,
  input,
  now,
  notify,
  locale,
}: {
  db: Db;
  actor: Actor;
  input: CreateInviteInput;
  now: Date;
  notify: NotifyContext;
  locale: Locale;
}) {
  const member = await db.membership.findFirst({
    where: { workspaceId: actor.workspaceId, user: { email: input.email } },
  });
  if (member) {
    throw new AppError("conflict", msg("errors.team.alreadyMember", { email: input.email }), [
      { path: "email", message: msg("errors.detail.alreadyMember") },
    ]);
  }
  const token = newOneTimeToken("inv_");
  const url = new URL(`/invite/${token}`, notify.appUrl).toString();
  const invite = await db.$transaction(async (tx) => {
    // A new invite replaces any pending one for the same address, so only the latest link works.
    await tx.invite.updateMany({
      where: { workspaceId: actor.workspaceId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const row = await tx.invite.create({
      data: {
        workspaceId: actor.workspaceId,
        email: input.email,
        role: input.role,
        tokenHash: hashOneTimeToken(token),
        invitedById: actor.userId,
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
      },
      include: { workspace: true },
    });
    if (notify.emailEnabled) {
      // A person is named as colleagues know them, with the address that proves who it is.
      const person = actor.userId ? await tx.user.findUnique({ where: { id: actor.userId } }) : null;
      const mail = inviteEmail({
        workspace: row.workspace.name,
        inviter: person?.name.trim() ? `${person.name.trim()} (${person.email})` : actor.label,
        role: input.role,
        url,
        expiresAt: row.expiresAt,
        locale,
      });
      await enqueueEmail(tx, actor.workspaceId, "invite", { to: input.email, ...mail });
    }
    await recordEvent(tx, actor, {
      action: "invite.create",
      entityType: "invite",
      entityId: row.id,
      data: { email: input.email, role: input.role },
    });
    return row;
  });
  return { ...inviteDto(invite, now), url, emailed: notify.emailEnabled };
}
