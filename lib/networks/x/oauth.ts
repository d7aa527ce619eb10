import {
  OAuthError,
  type OAuthClient,
  type OAuthClientConfig,
  type OAuthIdentity,
  type OAuthTokens,
} from "../oauth/oauth-client";
import { basicAuth, expiresAtFrom, oauthRequest, str, tokenEndpointError, trimSlash } from "../oauth/oauth-http";

export const X_SCOPES = "tweet.read tweet.write users.read offline.access";

/** X OAuth 2.0 with PKCE (S256), confidential client (HTTP Basic); access tokens live 2 hours, refresh tokens rotate. */
export function createXOAuth(cfg: OAuthClientConfig): OAuthClient {
  const api = trimSlash(cfg.apiBaseUrl);
  const auth = basicAuth(cfg.clientId, cfg.clientSecret);

  async function tokenCall(form: Record<string, string>): Promise<OAuthTokens> {
    const a = await oauthRequest(
      cfg.fetchImpl,
      `${api}/2/oauth2/token`,
      { headers: { authorization: auth }, form, timeoutMs: cfg.timeoutMs },
      "X",
    );
    const accessToken = str(a.body.access_token);
    if (a.status !== 200 || !accessToken) throw tokenEndpointError("X", a);
    return {
      accessToken,
      refreshToken: str(a.body.refresh_token),
      expiresAt: expiresAtFrom(cfg.now(), a.body.expires_in),
    };
  }

  async function me(accessToken: string): Promise<OAuthIdentity> {
    const a = await oauthRequest(
      cfg.fetchImpl,
      `${api}/2/users/me?user.fields=profile_image_url,username,name`,
      { headers: { authorization: `Bearer ${accessToken}` }, timeoutMs: cfg.timeoutMs },
      "X",
    );
    const data = (a.body.data ?? {}) as Record<string, unknown>;
    const id = str(data.id);
    if (a.status !== 200 || !id) {
      if (a.status >= 500 || a.status === 429) throw new OAuthError("unreachable", `X answered ${a.status}`, a.status);
      const detail = str(a.body.detail) ?? str(a.body.title) ?? `HTTP ${a.status}`;
      throw new OAuthError("rejected", `X rejected the token: ${detail}`, a.status);
    }
    const username = str(data.username);
    return {
      accountId: id,
      displayName: str(data.name) ?? username ?? id,
      handle: username ? `@${username}` : null,
      avatarUrl: str(data.profile_image_url),
    };
  }

  return {
    platform: "x",
    usesPkce: true,
    // Tokens live exactly 2 hours, so "close to expiry" must be shorter than that, or every use would refresh.
    refreshWithinMs: 15 * 60_000,
    authorizeUrl({ state, redirectUri, codeChallenge }) {
      const q = new URLSearchParams({
        response_type: "code",
        client_id: cfg.clientId,
        redirect_uri: redirectUri,
        scope: X_SCOPES,
        state,
        code_challenge: codeChallenge ?? "",
        code_challenge_method: "S256",
      });
      return `${trimSlash(cfg.oauthBaseUrl)}/i/oauth2/authorize?${q}`;
    },
    exchangeCode: ({ code, redirectUri, codeVerifier }) =>
      tokenCall({
        code,
        grant_type: "authorization_code",
        redirect_uri: redirectUri,
        code_verifier: codeVerifier ?? "",
      }),
    async listAccounts(tokens) {
      return [{ ...(await me(tokens.accessToken)), tokens }];
    },
    async verify({ accessToken, accountId }) {
      const who = await me(accessToken);
      if (who.accountId !== accountId)
        throw new OAuthError("rejected", `This X token belongs to ${who.handle ?? who.accountId}, not ${accountId}.`);
      return who;
    },
    refresh: (refreshToken) => tokenCall({ grant_type: "refresh_token", refresh_token: refreshToken }),
    async revoke(accessToken) {
      const a = await oauthRequest(
        cfg.fetchImpl,
        `${api}/2/oauth2/revoke`,
        {
          headers: { authorization: auth },
          form: { token: accessToken, token_type_hint: "access_token" },
          timeoutMs: cfg.timeoutMs,
        },
        "X",
      );
      if (a.status !== 200) throw tokenEndpointError("X", a);
    },
  };
}
