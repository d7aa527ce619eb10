import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashOneTimeToken } from "@/lib/crypto/one-time-token";
import type { Tx } from "@/lib/notifications/notify-context";
import { msg } from "@/lib/i18n/render-text";

/** The one message for every unusable link, so a probe learns nothing about which tokens once existed. */
export const INVITE_GONE = msg("errors.team.inviteGone");

export async function findOpenInvite(db: Db | Tx, token: string, now: Date) {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    include: { workspace: true },
  });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now) {
    throw new AppError("not_found", INVITE_GONE);
  }
  return invite;
}
