import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/notifications/notify-context";
import { recordEvent } from "@/lib/audit/record-event";
import { findOpenInvite, INVITE_GONE } from "./find-open-invite";
import { msg } from "@/lib/i18n/render-text";
import { displayName } from "./member-names";

/** Adds a signed-in user to the invite's workspace; the token works once, even under concurrent clicks. */
export async function acceptInvite({ db, token, userId, now }: { db: Db; token: string; userId: string; now: Date }) {
  return db.$transaction((tx) => joinWorkspace(tx, token, userId, now));
}

export async function joinWorkspace(tx: Tx, token: string, userId: string, now: Date) {
  const invite = await findOpenInvite(tx, token, now);
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
  // An invitation is for the address it was sent to: the team sees who it let in.
  if (user.email.toLowerCase() !== invite.email.toLowerCase())
    throw new AppError("forbidden", msg("errors.team.inviteForOther", { email: invite.email, you: user.email }));
  const { count } = await tx.invite.updateMany({
    where: { id: invite.id, acceptedAt: null, revokedAt: null },
    data: { acceptedAt: now, acceptedById: userId },
  });
  if (count === 0) throw new AppError("not_found", INVITE_GONE);
  const existing = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId: invite.workspaceId } },
  });
  // Someone already in the workspace keeps their role: an invite never demotes.
  if (!existing) {
    await tx.membership.create({ data: { userId, workspaceId: invite.workspaceId, role: invite.role } });
  }
  await recordEvent(
    tx,
    { workspaceId: invite.workspaceId, userId, label: user.email, name: displayName(user) },
    {
      action: "invite.accept",
      entityType: "invite",
      entityId: invite.id,
      data: { role: existing?.role ?? invite.role },
    },
  );
  return { workspace: invite.workspace.slug, role: existing?.role ?? invite.role };
}
