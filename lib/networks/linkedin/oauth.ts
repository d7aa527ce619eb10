import {
  OAuthError,
  type OAuthAccount,
  type OAuthClient,
  type OAuthClientConfig,
  type OAuthIdentity,
  type OAuthTokens,
} from "../oauth/oauth-client";
import { expiresAtFrom, oauthRequest, str, tokenEndpointError, trimSlash, type OAuthAnswer } from "../oauth/oauth-http";
import { DAY_MS } from "@/lib/dates/days";

/** A person posting as themselves (products "Sign In with LinkedIn using OpenID Connect" and "Share on LinkedIn"). */
export const LINKEDIN_PERSON_SCOPES = "openid profile w_member_social";
/** Company pages too: needs the Community Management API product, or LinkedIn refuses the whole consent. */
export const LINKEDIN_SCOPES = `${LINKEDIN_PERSON_SCOPES} w_organization_social r_organization_social rw_organization_admin`;

/** LinkedIn 3-legged OAuth: a person and the organizations they administer; tokens last 60 days. */
export function createLinkedInOAuth(cfg: OAuthClientConfig & { version: string; organizations: boolean }): OAuthClient {
  const oauth = trimSlash(cfg.oauthBaseUrl);
  const api = trimSlash(cfg.apiBaseUrl);
  const creds = { client_id: cfg.clientId, client_secret: cfg.clientSecret };

  async function tokenCall(form: Record<string, string>): Promise<OAuthTokens> {
    const a = await oauthRequest(
      cfg.fetchImpl,
      `${oauth}/oauth/v2/accessToken`,
      { form: { ...form, ...creds }, timeoutMs: cfg.timeoutMs },
      "LinkedIn",
    );
    const accessToken = str(a.body.access_token);
    if (a.status !== 200 || !accessToken) throw tokenEndpointError("LinkedIn", a);
    return {
      accessToken,
      refreshToken: str(a.body.refresh_token),
      expiresAt: expiresAtFrom(cfg.now(), a.body.expires_in),
    };
  }

  const get = (path: string, token: string, rest = false) =>
    oauthRequest(
      cfg.fetchImpl,
      `${api}${path}`,
      {
        headers: {
          authorization: `Bearer ${token}`,
          ...(rest ? { "LinkedIn-Version": cfg.version, "X-Restli-Protocol-Version": "2.0.0" } : {}),
        },
        timeoutMs: cfg.timeoutMs,
      },
      "LinkedIn",
    );

  function refused(a: OAuthAnswer): OAuthError {
    if (a.status >= 500 || a.status === 429) return new OAuthError("unreachable", `LinkedIn answered ${a.status}`);
    const msg = str(a.body.message) ?? `HTTP ${a.status}`;
    return new OAuthError("rejected", `LinkedIn rejected the token: ${msg}`, a.status);
  }

  async function person(token: string): Promise<OAuthIdentity> {
    const a = await get("/v2/userinfo", token);
    const sub = str(a.body.sub);
    if (a.status !== 200 || !sub) throw refused(a);
    return {
      accountId: `urn:li:person:${sub}`,
      displayName: str(a.body.name) ?? sub,
      handle: str(a.body.email),
      avatarUrl: str(a.body.picture),
    };
  }

  async function organization(token: string, id: string): Promise<OAuthIdentity> {
    const a = await get(`/rest/organizations/${encodeURIComponent(id)}`, token, true);
    if (a.status !== 200) throw refused(a);
    const vanity = str(a.body.vanityName);
    return {
      accountId: `urn:li:organization:${id}`,
      displayName: str(a.body.localizedName) ?? id,
      handle: vanity ? `linkedin.com/company/${vanity}` : null,
      avatarUrl: null,
    };
  }

  return {
    platform: "linkedin",
    usesPkce: false,
    refreshWithinMs: 7 * DAY_MS,
    authorizeUrl({ state, redirectUri }) {
      const q = new URLSearchParams({
        response_type: "code",
        client_id: cfg.clientId,
        redirect_uri: redirectUri,
        state,
        scope: cfg.organizations ? LINKEDIN_SCOPES : LINKEDIN_PERSON_SCOPES,
      });
      return `${oauth}/oauth/v2/authorization?${q}`;
    },
    exchangeCode: ({ code, redirectUri }) =>
      tokenCall({ grant_type: "authorization_code", code, redirect_uri: redirectUri }),
    async listAccounts(tokens) {
      const me = await person(tokens.accessToken);
      const acls = await get(
        "/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED",
        tokens.accessToken,
        true,
      );
      // A person without organization scopes gets 403 here: they can still post as themselves.
      const elements = acls.status === 200 && Array.isArray(acls.body.elements) ? acls.body.elements : [];
      const ids = elements
        .map((e) =>
          str((e as Record<string, unknown>).organization)
            ?.split(":")
            .pop(),
        )
        .filter((x): x is string => Boolean(x));
      const orgs: OAuthAccount[] = [];
      for (const id of [...new Set(ids)]) orgs.push({ ...(await organization(tokens.accessToken, id)), tokens });
      return [...orgs, { ...me, tokens }];
    },
    async verify({ accessToken, accountId }) {
      const me = await person(accessToken);
      const org = /^(?:urn:li:organization:)?(\d+)$/.exec(accountId);
      if (org) return organization(accessToken, org[1]);
      if (me.accountId !== accountId)
        throw new OAuthError("rejected", `This LinkedIn token belongs to ${me.accountId}, not ${accountId}.`);
      return me;
    },
    refresh: (refreshToken) => tokenCall({ grant_type: "refresh_token", refresh_token: refreshToken }),
    async revoke(accessToken) {
      const a = await oauthRequest(
        cfg.fetchImpl,
        `${oauth}/oauth/v2/revoke`,
        { form: { ...creds, token: accessToken }, timeoutMs: cfg.timeoutMs },
        "LinkedIn",
      );
      if (a.status !== 200) throw tokenEndpointError("LinkedIn", a);
    },
  };
}
