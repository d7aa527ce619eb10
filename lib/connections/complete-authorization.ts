import type { Db } from "@/lib/db";
import { decryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import { hashOneTimeToken } from "@/lib/crypto/one-time-token";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { OAuthError, type OAuthClient, type OAuthPlatform } from "@/lib/networks/oauth/oauth-client";
import { saveVerifiedConnection } from "./save-verified-connection";
import { sealAccounts } from "./account-choice";
import { STATE_TTL_MS } from "./start-authorization";

/** A failed connect, worded for the person on the connections page. */
export class ConnectFailure extends Error {
  constructor(
    message: string,
    readonly brandSlug: string | null = null,
  ) {
    super(message);
    this.name = "ConnectFailure";
  }
}

const NAMES: Record<OAuthPlatform, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X" };

export interface CallbackQuery {
  state?: string;
  code?: string;
  error?: string;
  error_description?: string;
  /** LinkedIn and Facebook name a refused consent this way too */
  error_reason?: string;
}

/**
 * The network's redirect back: the state is taken once (single use, 10 minutes, same person), the
 * code exchanged, the identity read, and the account stored as connected; or, when the grant manages
 * several Pages or organizations, kept (encrypted) for the person to choose from (`choose` is its id).
 * Every failure is a ConnectFailure with a message for the page, never an exception that would become a 500.
 */
export async function completeAuthorization({
  db,
  platform,
  query,
  sessionUserId,
  client,
  keyRing,
  now,
}: {
  db: Db;
  platform: OAuthPlatform;
  query: CallbackQuery;
  sessionUserId: string | null;
  client: OAuthClient | null;
  keyRing: KeyRing;
  now: Date;
}) {
  const name = NAMES[platform];
  if (!query.state) throw new ConnectFailure(`${name} sent us back without a state: start the connection again.`);
  // Taking the state and marking it used is one statement, so a replayed callback finds nothing.
  const taken = await db.oAuthState.updateManyAndReturn({
    where: { stateHash: hashOneTimeToken(query.state), platform, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const st = taken[0];
  if (!st) {
    const seen = await db.oAuthState.findUnique({ where: { stateHash: hashOneTimeToken(query.state) } });
    throw new ConnectFailure(
      !seen || seen.platform !== platform
        ? `This ${name} sign-in link is not one we started: connect again from this page.`
        : seen.usedAt
          ? `This ${name} sign-in was already used: connect again from this page.`
          : `The ${name} sign-in took longer than 10 minutes and expired: connect again.`,
    );
  }
  const brand = await db.brand.findFirst({ where: { id: st.brandId, workspaceId: st.workspaceId } });
  if (!brand) throw new ConnectFailure("The brand no longer exists.");
  if (!sessionUserId) throw new ConnectFailure(`Sign in, then connect ${name} again.`, brand.slug);
  if (st.userId && st.userId !== sessionUserId)
    throw new ConnectFailure(`This ${name} sign-in was started by someone else: connect again.`, brand.slug);
  const member = await db.membership.findFirst({ where: { userId: sessionUserId, workspaceId: st.workspaceId } });
  if (!member || !roleAtLeast(member.role, "owner"))
    throw new ConnectFailure(`Only an owner of the workspace can connect ${name}.`, brand.slug);

  if (query.error) {
    // Facebook and X say access_denied; LinkedIn user_cancelled_login or user_cancelled_authorize.
    const denied =
      query.error === "access_denied" ||
      query.error_reason === "user_denied" ||
      query.error.startsWith("user_cancelled");
    throw new ConnectFailure(
      denied
        ? `${name} access was not granted: nothing was connected.`
        : `${name} refused the sign-in: ${query.error_description ?? query.error}`,
      brand.slug,
    );
  }
  if (!query.code) throw new ConnectFailure(`${name} sent us back without a code: connect again.`, brand.slug);
  if (!client) throw new ConnectFailure(`${name} is not configured on the server.`, brand.slug);

  try {
    const codeVerifier = st.verifierEnc ? decryptSecret(keyRing, st.verifierEnc, st.id) : undefined;
    const tokens = await client.exchangeCode({ code: query.code, redirectUri: st.redirectUri, codeVerifier });
    const accounts = await client.listAccounts(tokens);
    const account = accounts[0];
    if (!account) throw new ConnectFailure(`This ${name} account manages no page we could publish to.`, brand.slug);
    if (accounts.length > 1) {
      // Several Pages or organizations: the person picks one (choose-account.ts), within 10 minutes.
      await db.oAuthState.update({
        where: { id: st.id },
        data: {
          userId: sessionUserId,
          accountsEnc: sealAccounts(keyRing, st.id, accounts),
          expiresAt: new Date(now.getTime() + STATE_TTL_MS),
        },
      });
      return { brandSlug: brand.slug, choose: st.id };
    }
    const actor = { workspaceId: st.workspaceId, userId: sessionUserId, label: "oauth" };
    await saveVerifiedConnection({
      db,
      actor,
      brandId: brand.id,
      platform,
      identity: account,
      tokens: account.tokens,
      keyRing,
      now,
      via: "oauth",
    });
    return { brandSlug: brand.slug, choose: null };
  } catch (err) {
    if (err instanceof ConnectFailure) throw err;
    if (err instanceof OAuthError) throw new ConnectFailure(`Connecting ${name} failed: ${err.message}`, brand.slug);
    throw err;
  }
}
