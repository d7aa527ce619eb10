import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { msg, renderText } from "@/lib/i18n/render-text";

/**
 * The invitation as the invitee reads it. They have no account yet, so it is written in the inviter's
 * language: whoever sends an invite usually shares a language with the person they invite.
 */
export function inviteEmail({
  workspace,
  inviter,
  role,
  url,
  expiresAt,
  locale,
}: {
  workspace: string;
  inviter: string;
  role: Role;
  url: string;
  expiresAt: Date;
  locale: Locale;
}) {
  // The invitee's time zone is unknown: the day is the UTC one, written the way the language writes dates.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(expiresAt);
  const values = { workspace, inviter, role: renderText(msg(`roles.${role}`), locale), url, date };
  return {
    subject: renderText(msg("emails.invite.subject", values), locale),
    text: renderText(msg("emails.invite.body", values), locale),
  };
}
