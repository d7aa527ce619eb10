import {
  OAuthError,
  type OAuthAccount,
  type OAuthClient,
  type OAuthClientConfig,
  type OAuthTokens,
} from "../oauth/oauth-client";
import { expiresAtFrom, oauthRequest, str, trimSlash, type OAuthAnswer } from "../oauth/oauth-http";
import { DAY_MS } from "@/lib/dates/days";

export const FACEBOOK_SCOPES = "pages_show_list,pages_manage_posts,pages_read_engagement,read_insights";

function graphError(a: OAuthAnswer, what: string): OAuthError {
  const e = (a.body.error ?? {}) as Record<string, unknown>;
  const msg = str(e.message) ?? `HTTP ${a.status}`;
  if (a.status >= 500 || [4, 17, 32, 613].includes(Number(e.code)))
    return new OAuthError("unreachable", `Facebook: ${msg}`, a.status);
  if (Number(e.code) === 190) return new OAuthError("invalid_grant", `Facebook ${what}: ${msg}`, a.status);
  return new OAuthError("rejected", `Facebook ${what}: ${msg}`, a.status);
}

/** Facebook Login for Pages: a long-lived user token, then each Page's own token (no expiry by time). */
export function createFacebookOAuth(cfg: OAuthClientConfig & { version: string }): OAuthClient {
  const graph = `${trimSlash(cfg.apiBaseUrl)}/${cfg.version}`;
  // The Graph's picture edge answers with a redirect to the current image. The `picture.data.url` a Page
  // listing carries is a signed CDN link that stops loading after a while, leaving a stored avatar broken.
  const pictureOf = (pageId: string) => `${graph}/${encodeURIComponent(pageId)}/picture?type=square`;
  const creds = { client_id: cfg.clientId, client_secret: cfg.clientSecret };
  const get = (path: string, params: Record<string, string>) =>
    oauthRequest(
      cfg.fetchImpl,
      `${graph}${path}?${new URLSearchParams(params)}`,
      { timeoutMs: cfg.timeoutMs },
      "Facebook",
    );

  async function tokenCall(params: Record<string, string>): Promise<OAuthTokens> {
    const a = await get("/oauth/access_token", { ...creds, ...params });
    const accessToken = str(a.body.access_token);
    if (a.status !== 200 || !accessToken) throw graphError(a, "refused the code");
    return { accessToken, refreshToken: null, expiresAt: expiresAtFrom(cfg.now(), a.body.expires_in) };
  }

  return {
    platform: "facebook",
    usesPkce: false,
    refreshWithinMs: 7 * DAY_MS,
    authorizeUrl({ state, redirectUri }) {
      const q = new URLSearchParams({
        client_id: cfg.clientId,
        redirect_uri: redirectUri,
        state,
        scope: FACEBOOK_SCOPES,
        response_type: "code",
      });
      return `${trimSlash(cfg.oauthBaseUrl)}/${cfg.version}/dialog/oauth?${q}`;
    },
    async exchangeCode({ code, redirectUri }) {
      const short = await tokenCall({ code, redirect_uri: redirectUri });
      return tokenCall({ grant_type: "fb_exchange_token", fb_exchange_token: short.accessToken });
    },
    async listAccounts(user) {
      const a = await get("/me/accounts", { fields: "id,name,access_token", access_token: user.accessToken });
      if (a.status !== 200) throw graphError(a, "refused to list the Pages");
      const pages = Array.isArray(a.body.data) ? (a.body.data as Record<string, unknown>[]) : [];
      return pages.flatMap((p): OAuthAccount[] => {
        const id = str(p.id);
        const token = str(p.access_token);
        if (!id || !token) return [];
        return [
          {
            accountId: id,
            displayName: str(p.name) ?? id,
            handle: null,
            avatarUrl: pictureOf(id),
            // A page token derived from a long-lived user token does not expire by time.
            tokens: { accessToken: token, refreshToken: null, expiresAt: null },
          },
        ];
      });
    },
    async verify({ accessToken, accountId }) {
      const a = await get("/me", { fields: "id,name", access_token: accessToken });
      const id = str(a.body.id);
      if (a.status !== 200 || !id) throw graphError(a, "rejected the token");
      if (id !== accountId)
        throw new OAuthError("rejected", `This Facebook token belongs to ${id}, not Page ${accountId}.`);
      return { accountId: id, displayName: str(a.body.name) ?? id, handle: null, avatarUrl: pictureOf(id) };
    },
    refresh: null,
    revoke: null,
  };
}
