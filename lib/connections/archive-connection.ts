import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { restorableUntil } from "@/lib/brands/retention";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { decryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import { OAuthError, type OAuthClient, type OAuthPlatform } from "@/lib/networks/oauth/oauth-client";

/**
 * Disconnecting revokes the token at the network where it can be revoked (X, LinkedIn), then archives
 * the connection: it is never used again unless restored within 30 days. A revocation the network
 * refuses does not keep the connection live: the person asked to stop.
 */
export async function archiveConnection({
  db,
  actor,
  ref,
  id,
  now,
  keyRing,
  clientFor,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  id: string;
  now: Date;
  keyRing?: KeyRing;
  clientFor?: (platform: OAuthPlatform) => OAuthClient | null;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  const conn = await db.channelConnection.findFirst({ where: { id, brandId: brand.id, archivedAt: null } });
  if (!conn) throw notFound("connection");
  let revoked: boolean | string = false;
  const client = conn.platform === "sandbox" || !clientFor ? null : clientFor(conn.platform);
  if (client?.revoke && keyRing) {
    try {
      await client.revoke(decryptSecret(keyRing, conn.accessTokenEnc, conn.id));
      revoked = true;
    } catch (err) {
      if (!(err instanceof OAuthError)) throw err;
      revoked = err.message;
    }
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.channelConnection.updateMany({
      where: { id, brandId: brand.id, archivedAt: null },
      data: { archivedAt: now },
    });
    if (count === 0) throw notFound("connection");
    await recordEvent(tx, actor, {
      action: "connection.archive",
      entityType: "connection",
      entityId: id,
      data: { brand: brand.slug, revoked },
    });
    return { archived: true, revoked, restorable_until: restorableUntil(now).toISOString() };
  });
}
