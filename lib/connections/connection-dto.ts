import type { ChannelConnection } from "@/lib/generated/prisma/client";
import { DAY_MS } from "@/lib/dates/days";

/** Never includes a token, encrypted or not. */
export function connectionDto(c: ChannelConnection, now: Date = new Date()) {
  const expiresInDays = c.expiresAt ? Math.floor((c.expiresAt.getTime() - now.getTime()) / DAY_MS) : null;
  return {
    id: c.id,
    platform: c.platform,
    account_id: c.accountId,
    status: c.status,
    status_reason: c.statusReason,
    display_name: c.displayName,
    handle: c.handle,
    avatar_url: c.avatarUrl,
    last_checked_at: c.lastCheckedAt?.toISOString() ?? null,
    expires_at: c.expiresAt?.toISOString() ?? null,
    // A token we can refresh is renewed before it runs out; only one without a refresh token needs a person.
    expires_soon: expiresInDays !== null && expiresInDays < 7 && !c.refreshTokenEnc,
    key_version: c.keyVersion,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
  };
}
export type ConnectionDto = ReturnType<typeof connectionDto>;
