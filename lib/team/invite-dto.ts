import type { Invite } from "@/lib/generated/prisma/client";

export function inviteState(i: Invite, now: Date) {
  if (i.acceptedAt) return "accepted";
  if (i.revokedAt) return "revoked";
  if (i.expiresAt <= now) return "expired";
  return "pending";
}

export function inviteDto(i: Invite, now: Date) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    state: inviteState(i, now),
    expires_at: i.expiresAt.toISOString(),
    created_at: i.createdAt.toISOString(),
  };
}
