import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { decryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import { OAuthError, type OAuthClient, type OAuthPlatform } from "@/lib/networks/oauth/oauth-client";

/**
 * Revokes the token at the network where it can be revoked (X, LinkedIn), then removes the connection.
 * A revocation the network refuses or cannot take does not keep the connection: the person asked to stop.
 */
export async function deleteConnection({
  db,
  actor,
  ref,
  id,
  keyRing,
  clientFor,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  id: string;
  keyRing: KeyRing;
  clientFor: (platform: OAuthPlatform) => OAuthClient | null;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  const conn = await db.channelConnection.findFirst({ where: { id, brandId: brand.id } });
  if (!conn) throw notFound("Connection");
  let revoked: boolean | string = false;
  const client = conn.platform === "sandbox" ? null : clientFor(conn.platform);
  if (client?.revoke) {
    try {
      await client.revoke(decryptSecret(keyRing, conn.accessTokenEnc, conn.id));
      revoked = true;
    } catch (err) {
      if (!(err instanceof OAuthError)) throw err;
      revoked = err.message;
    }
  }
  const { count } = await db.channelConnection.deleteMany({ where: { id, brandId: brand.id } });
  if (count === 0) throw notFound("Connection");
  await recordEvent(db, actor, {
    action: "connection.delete",
    entityType: "connection",
    entityId: id,
    data: { revoked },
  });
}
