import type { Network } from "@/lib/networks/publisher";

export type OAuthPlatform = Exclude<Network, "sandbox">;

export interface OAuthTokens {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
}

/** Who a token speaks for, as the network's identity endpoint names it. */
export interface OAuthIdentity {
  /** what the publisher posts as: LinkedIn person/organization URN, Facebook Page id, X user id */
  accountId: string;
  displayName: string;
  handle: string | null;
  avatarUrl: string | null;
}

/** One account the person may connect; a Facebook Page carries its own page token. */
export interface OAuthAccount extends OAuthIdentity {
  tokens: OAuthTokens;
}

/**
 * invalid_grant: the code or refresh token is dead (reconnect); invalid_client: our app credentials are
 * wrong; rejected: the network refused the token or request; unreachable: no usable answer (try later).
 */
export type OAuthErrorKind = "invalid_grant" | "invalid_client" | "rejected" | "unreachable";

export class OAuthError extends Error {
  constructor(
    readonly kind: OAuthErrorKind,
    message: string,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
    this.name = "OAuthError";
  }
}

export interface OAuthClient {
  platform: OAuthPlatform;
  usesPkce: boolean;
  /** access tokens this close to expiry are refreshed before use */
  refreshWithinMs: number;
  authorizeUrl(p: { state: string; redirectUri: string; codeChallenge?: string }): string;
  exchangeCode(p: { code: string; redirectUri: string; codeVerifier?: string }): Promise<OAuthTokens>;
  /** the accounts this grant can publish as (several for LinkedIn organizations and Facebook Pages) */
  listAccounts(tokens: OAuthTokens): Promise<OAuthAccount[]>;
  /** reads the identity behind a stored or pasted token; throws OAuthError("rejected") when the network refuses it */
  verify(p: { accessToken: string; accountId: string }): Promise<OAuthIdentity>;
  /** null when the network has no refresh grant (Facebook page tokens do not expire by time) */
  refresh: ((refreshToken: string) => Promise<OAuthTokens>) | null;
  /** null when the network has no revocation endpoint */
  revoke: ((accessToken: string) => Promise<void>) | null;
}

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
  /** where the person consents (browser-facing) */
  oauthBaseUrl: string;
  /** where the server exchanges codes and reads identities */
  apiBaseUrl: string;
  timeoutMs: number;
  fetchImpl: typeof fetch;
  now: () => Date;
}
