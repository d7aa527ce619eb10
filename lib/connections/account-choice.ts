import type { Db } from "@/lib/db";
import { decryptSecret, encryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import { AppError, notFound } from "@/lib/errors";
import type { OAuthAccount } from "@/lib/networks/oauth/oauth-client";
import { msg } from "@/lib/i18n/render-text";

type Sealed = Omit<OAuthAccount, "tokens"> & {
  tokens: { accessToken: string; refreshToken: string | null; expiresAt: string | null };
};

/** The accounts a grant offers, tokens included, sealed with the state row's id as associated data. */
export function sealAccounts(keyRing: KeyRing, stateId: string, accounts: OAuthAccount[]): string {
  const plain: Sealed[] = accounts.map((a) => ({
    ...a,
    tokens: { ...a.tokens, expiresAt: a.tokens.expiresAt?.toISOString() ?? null },
  }));
  return encryptSecret(keyRing, JSON.stringify(plain), stateId);
}

export function openAccounts(keyRing: KeyRing, stateId: string, sealed: string): OAuthAccount[] {
  const plain = JSON.parse(decryptSecret(keyRing, sealed, stateId)) as Sealed[];
  return plain.map((a) => ({
    ...a,
    tokens: { ...a.tokens, expiresAt: a.tokens.expiresAt ? new Date(a.tokens.expiresAt) : null },
  }));
}

/**
 * The pending choice as its owner may see it: same workspace, the person who came back from the
 * network (or anyone when an API token started it), not chosen yet and not expired. Never the tokens.
 */
export async function findAccountChoice({
  db,
  workspaceId,
  userId,
  id,
  now,
}: {
  db: Db;
  workspaceId: string;
  userId: string | null;
  id: string;
  now: Date;
}) {
  const st = await db.oAuthState.findFirst({
    where: { id, workspaceId, accountsEnc: { not: null }, expiresAt: { gt: now } },
  });
  if (!st || (st.userId && st.userId !== userId)) throw new AppError("not_found", msg("errors.connections.choiceGone"));
  const brand = await db.brand.findFirst({
    where: { id: st.brandId, workspaceId },
    select: { id: true, slug: true, name: true },
  });
  if (!brand) throw notFound("choiceBrand");
  return { st, brand };
}
