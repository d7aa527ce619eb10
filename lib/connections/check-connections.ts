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

/**
 * The daily check of every live connection: refresh the tokens that expire within 7 days (every X
 * token, which lives 2 hours), then ask the network who the token belongs to. A token the network
 * refuses marks the connection needs_reconnect (which notifies); a token nobody can refresh that
 * expires within 7 days warns the owners once per expiry. A network that cannot be reached changes nothing.
 */
export async function checkConnections(deps: CheckDeps) {
  const { db } = deps;
  const conns = await db.channelConnection.findMany({
    where: { status: "active", archivedAt: null, platform: { not: "sandbox" }, brand: { archivedAt: null } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const counts = { checked: 0, refreshed: 0, needs_reconnect: 0, expiring_warned: 0, unreachable: 0, errors: 0 };
  for (const { id } of conns) {
    try {
      const outcome = await checkOne(deps, id);
      counts.checked++;
      if (outcome.refreshed) counts.refreshed++;
      if (outcome.result === "needs_reconnect") counts.needs_reconnect++;
      if (outcome.result === "unreachable") counts.unreachable++;
      if (outcome.warned) counts.expiring_warned++;
    } catch (err) {
      // One connection's surprise must not stop the others' checks.
      console.error(`[connections] checking ${id} failed`, err);
      counts.errors++;
    }
  }
  return counts;
}

async function checkOne(deps: CheckDeps, id: string) {
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
      reason: `The daily check found the token refused (${err.message}): reconnect the account.`,
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
