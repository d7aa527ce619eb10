import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { encryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import type { OAuthIdentity, OAuthPlatform, OAuthTokens } from "@/lib/networks/oauth/oauth-client";

/**
 * Stores tokens the network has just confirmed (by OAuth or by its identity endpoint), with who they
 * belong to. Connecting a network again replaces the brand's old tokens for it.
 */
export async function saveVerifiedConnection({
  db,
  actor,
  brandId,
  platform,
  identity,
  tokens,
  keyRing,
  now,
  via,
}: {
  db: Db;
  actor: Actor;
  brandId: string;
  platform: OAuthPlatform;
  identity: OAuthIdentity;
  tokens: OAuthTokens;
  keyRing: KeyRing;
  now: Date;
  via: "oauth" | "token";
}) {
  const existing = await db.channelConnection.findUnique({ where: { brandId_platform: { brandId, platform } } });
  const id = existing?.id ?? randomUUID();
  const data = {
    accountId: identity.accountId,
    displayName: identity.displayName,
    handle: identity.handle,
    avatarUrl: identity.avatarUrl,
    accessTokenEnc: encryptSecret(keyRing, tokens.accessToken, id),
    refreshTokenEnc: tokens.refreshToken ? encryptSecret(keyRing, tokens.refreshToken, id) : null,
    keyVersion: keyRing.current.version,
    expiresAt: tokens.expiresAt,
    status: "active" as const,
    statusReason: null,
    lastCheckedAt: now,
    refreshLeaseUntil: null,
    // connecting again brings back an archived (disconnected) connection of the same network
    archivedAt: null,
  };
  return db.$transaction(async (tx) => {
    const conn = existing
      ? await tx.channelConnection.update({ where: { id }, data: { ...data, refreshAttempt: { increment: 1 } } })
      : await tx.channelConnection.create({ data: { id, brandId, platform, ...data } });
    await recordEvent(tx, actor, {
      action: existing && !existing.archivedAt ? "connection.replace" : "connection.create",
      entityType: "connection",
      entityId: id,
      data: { platform, via, account: identity.accountId },
    });
    return conn;
  });
}
