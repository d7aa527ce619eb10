import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { encryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import { hashOneTimeToken } from "@/lib/crypto/one-time-token";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import type { OAuthClient } from "@/lib/networks/oauth/oauth-client";
import { msg } from "@/lib/i18n/render-text";

export const STATE_TTL_MS = 10 * 60_000;

/** RFC 7636 S256: BASE64URL(SHA256(verifier)). */
export function pkceChallenge(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

/**
 * Remembers one authorization in flight, bound to the person, the workspace and the brand, and
 * returns the network's consent URL. Only the state's hash is stored; the PKCE verifier is encrypted.
 */
export async function startAuthorization({
  db,
  workspaceId,
  userId,
  ref,
  client,
  redirectUri,
  keyRing,
  now,
}: {
  db: Db;
  workspaceId: string;
  userId: string | null;
  ref: string;
  client: OAuthClient | null;
  redirectUri: string;
  keyRing: KeyRing;
  now: Date;
}): Promise<{ url: string }> {
  const brand = await resolveBrand({ db, workspaceId, ref });
  if (!client) throw new AppError("conflict", msg("errors.connections.noOAuthApp"));
  const state = randomBytes(32).toString("base64url");
  const id = randomUUID();
  const verifier = client.usesPkce ? randomBytes(48).toString("base64url") : null;
  await db.oAuthState.create({
    data: {
      id,
      stateHash: hashOneTimeToken(state),
      userId,
      workspaceId,
      brandId: brand.id,
      platform: client.platform,
      verifierEnc: verifier ? encryptSecret(keyRing, verifier, id) : null,
      redirectUri,
      expiresAt: new Date(now.getTime() + STATE_TTL_MS),
    },
  });
  // Old, unfinished attempts are of no use to anyone.
  await db.oAuthState.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - STATE_TTL_MS) } } });
  return {
    url: client.authorizeUrl({ state, redirectUri, codeChallenge: verifier ? pkceChallenge(verifier) : undefined }),
  };
}
