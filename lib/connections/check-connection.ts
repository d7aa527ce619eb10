import type { Db } from "@/lib/db";
import { decryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import { OAuthError, type OAuthClient, type OAuthPlatform } from "@/lib/networks/oauth/oauth-client";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { markNeedsReconnect } from "./mark-needs-reconnect";
import { ensureFreshToken } from "./refresh-connection";
import { warnTokenExpiring } from "./warn-token-expiring";

const WEEK_MS = 7 * 86_400_000;

export interface CheckDeps {
  db: Db;
  now: Date;
  keyRing: KeyRing;
  /** the network's OAuth app, to refresh; null when its credentials are not set */
  clientFor: (platform: OAuthPlatform) => OAuthClient | null;
  /** the identity check, which needs no app credentials */
  identityFor: (platform: OAuthPlatform) => OAuthClient | null;
  notify: NotifyContext;
}

const DAILY_REASON = (why: string) => `The daily check found the token refused (${why}): reconnect the account.`;

/**
 * One connection's check, archived or not: refresh a token that expires within 7 days, then ask the
 * network who the token belongs to. A refused token marks it needs_reconnect (which notifies); an
 * unreachable network changes nothing.
 */
export async function checkConnection(deps: CheckDeps, id: string, reason = DAILY_REASON) {
  const { db, now, keyRing, notify } = deps;
  const before = await db.channelConnection.findUniqueOrThrow({ where: { id } });
  const platform = before.platform as OAuthPlatform;
  const fresh = await ensureFreshToken(
    { db, client: deps.clientFor(platform), keyRing, clock: () => now, notify, withinMs: WEEK_MS },
    id,
  );
  if (!fresh.ok) return { result: "needs_reconnect" as const, refreshed: false, warned: false };
  const conn = await db.channelConnection.findUniqueOrThrow({ where: { id } });
  const refreshed = conn.refreshAttempt !== before.refreshAttempt;
  const identity = deps.identityFor(platform);
  if (!identity) return { result: "unchecked" as const, refreshed, warned: false };
  try {
    const who = await identity.verify({
      accessToken: decryptSecret(keyRing, conn.accessTokenEnc, conn.id),
      accountId: conn.accountId,
    });
    await db.channelConnection.updateMany({
      where: { id, status: "active" },
      data: { displayName: who.displayName, handle: who.handle, avatarUrl: who.avatarUrl, lastCheckedAt: now },
    });
  } catch (err) {
    if (!(err instanceof OAuthError)) throw err;
    if (err.kind === "unreachable") return { result: "unreachable" as const, refreshed, warned: false };
    await markNeedsReconnect({
      db,
      connectionId: id,
      reason: reason(err.message),
      notify,
      now,
    });
    return { result: "needs_reconnect" as const, refreshed, warned: false };
  }
  // A token we can refresh is renewed before it runs out; only the others need a person.
  const refreshable = Boolean(deps.clientFor(platform)?.refresh && conn.refreshTokenEnc);
  const warned =
    !refreshable &&
    conn.expiresAt !== null &&
    conn.expiresAt > now &&
    conn.expiresAt.getTime() - now.getTime() <= WEEK_MS &&
    (await warnTokenExpiring({ db, connectionId: id, expiresAt: conn.expiresAt, notify }));
  return { result: "verified" as const, refreshed, warned };
}
