import type { Db } from "@/lib/db";
import type { ChannelConnection } from "@/lib/generated/prisma/client";
import { decryptSecret, encryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import { OAuthError, type OAuthClient } from "@/lib/networks/oauth/oauth-client";
import { markNeedsReconnect } from "./mark-needs-reconnect";
import type { NotifyContext } from "@/lib/notifications/notify-context";

export const REFRESH_LEASE_MS = 30_000;
const POLL_MS = 100;

export type FreshToken = { ok: true; accessToken: string } | { ok: false; reason: string };

export interface RefreshDeps {
  db: Db;
  client: OAuthClient | null;
  keyRing: KeyRing;
  clock: () => Date;
  notify?: NotifyContext;
  leaseMs?: number;
  /** refresh when the token expires within this; default: the network's own window */
  withinMs?: number;
  /** how a waiting instance pauses between looks at the holder's progress */
  sleep?: (ms: number) => Promise<void>;
}

const dueForRefresh = (c: ChannelConnection, withinMs: number, now: Date) =>
  c.expiresAt !== null && c.expiresAt.getTime() - now.getTime() <= withinMs;

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The connection's access token, refreshed first when it expires within the network's window (X: its
 * 2 hours, others: 7 days). One refresh per connection at a time, fenced like the publication ledger:
 * the claim bumps `refreshAttempt` and sets a lease, and only the holder of that number may store the
 * new pair. A second instance waits for the holder and then uses the pair it stored, so a rotating
 * refresh token (X) is never spent twice.
 */
export async function ensureFreshToken(deps: RefreshDeps, connectionId: string): Promise<FreshToken> {
  const { db, client, keyRing, clock } = deps;
  const leaseMs = deps.leaseMs ?? REFRESH_LEASE_MS;
  const deadline = clock().getTime() + leaseMs * 2;
  let firstSeen: number | null = null;
  for (;;) {
    const conn = await db.channelConnection.findUnique({ where: { id: connectionId } });
    if (!conn) return { ok: false, reason: "The connection was removed." };
    if (conn.status !== "active")
      return { ok: false, reason: conn.statusReason ?? "The connection needs a reconnect." };
    const now = clock();
    const current = () => decryptSecret(keyRing, conn.accessTokenEnc, conn.id);
    firstSeen ??= conn.refreshAttempt;
    // Another instance finished a refresh while we waited: its pair is the fresh one, even when our
    // window (the daily check's 7 days) would call an X token due again.
    const refreshedMeanwhile = conn.refreshAttempt !== firstSeen && conn.refreshLeaseUntil === null;
    const withinMs = deps.withinMs ?? client?.refreshWithinMs ?? 0;
    if (!client?.refresh || !conn.refreshTokenEnc || refreshedMeanwhile || !dueForRefresh(conn, withinMs, now))
      return { ok: true, accessToken: current() };

    const claimed = await db.channelConnection.updateManyAndReturn({
      where: {
        id: conn.id,
        refreshAttempt: conn.refreshAttempt,
        OR: [{ refreshLeaseUntil: null }, { refreshLeaseUntil: { lt: now } }],
      },
      data: { refreshAttempt: { increment: 1 }, refreshLeaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (claimed.length === 0) {
      // Someone else holds the refresh (or just finished it): wait, then read what they stored.
      if (clock().getTime() > deadline) return { ok: true, accessToken: current() };
      await (deps.sleep ?? pause)(POLL_MS);
      continue;
    }
    const fence = claimed[0].refreshAttempt;
    try {
      const tokens = await client.refresh(decryptSecret(keyRing, conn.refreshTokenEnc, conn.id));
      // Both tokens in one fenced statement: a holder whose lease ran out changes nothing.
      await db.channelConnection.updateMany({
        where: { id: conn.id, refreshAttempt: fence },
        data: {
          accessTokenEnc: encryptSecret(keyRing, tokens.accessToken, conn.id),
          refreshTokenEnc: tokens.refreshToken
            ? encryptSecret(keyRing, tokens.refreshToken, conn.id)
            : conn.refreshTokenEnc,
          keyVersion: keyRing.current.version,
          expiresAt: tokens.expiresAt,
          refreshLeaseUntil: null,
          lastCheckedAt: clock(),
        },
      });
      return { ok: true, accessToken: tokens.accessToken };
    } catch (err) {
      const dead = err instanceof OAuthError && (err.kind === "invalid_grant" || err.kind === "rejected");
      if (dead) {
        const reason = `Refreshing the token failed (${err.message}): reconnect the account.`;
        await markNeedsReconnect({ db, connectionId: conn.id, fence, reason, notify: deps.notify, now: clock() });
        return { ok: false, reason };
      }
      await db.channelConnection.updateMany({
        where: { id: conn.id, refreshAttempt: fence },
        data: { refreshLeaseUntil: null },
      });
      // The network could not be reached: the current token may still work until it expires.
      if (err instanceof OAuthError) return { ok: true, accessToken: current() };
      throw err;
    }
  }
}
