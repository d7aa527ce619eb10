import { oauthEnv } from "@/lib/env";
import { createFacebookOAuth } from "@/lib/networks/facebook/oauth";
import { createLinkedInOAuth } from "@/lib/networks/linkedin/oauth";
import type { OAuthClient, OAuthPlatform } from "@/lib/networks/oauth/oauth-client";
import { createXOAuth } from "@/lib/networks/x/oauth";

export const OAUTH_PLATFORMS = ["linkedin", "facebook", "x"] as const;

const CREDENTIAL_VARS: Record<OAuthPlatform, [string, string]> = {
  linkedin: ["LINKEDIN_CLIENT_ID", "LINKEDIN_CLIENT_SECRET"],
  facebook: ["FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET"],
  x: ["X_CLIENT_ID", "X_CLIENT_SECRET"],
};

export interface OAuthSetup {
  env?: Record<string, string | undefined>;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  /** identity checks need no app credentials (a pasted token carries its own) */
  identityOnly?: boolean;
}

/** The variables still to set before a network's Connect button works; empty when it is configured. */
export function missingCredentials(platform: OAuthPlatform, env: Record<string, string | undefined> = process.env) {
  return CREDENTIAL_VARS[platform].filter((k) => !env[k]?.trim());
}

/** The only place that knows the concrete OAuth clients; null when the app's credentials are not set. */
export function createOAuthClient(platform: OAuthPlatform, setup: OAuthSetup = {}): OAuthClient | null {
  const raw = setup.env ?? process.env;
  if (!setup.identityOnly && missingCredentials(platform, raw).length) return null;
  const e = oauthEnv(raw);
  const [idVar, secretVar] = CREDENTIAL_VARS[platform];
  const common = {
    clientId: raw[idVar]?.trim() ?? "",
    clientSecret: raw[secretVar]?.trim() ?? "",
    timeoutMs: e.PUBLISH_TIMEOUT_MS,
    fetchImpl: setup.fetchImpl ?? globalThis.fetch,
    now: setup.now ?? (() => new Date()),
  };
  switch (platform) {
    case "linkedin":
      return createLinkedInOAuth({
        ...common,
        oauthBaseUrl: e.LINKEDIN_OAUTH_BASE_URL,
        apiBaseUrl: e.LINKEDIN_API_BASE_URL,
        version: e.LINKEDIN_API_VERSION,
        organizations: e.LINKEDIN_ORGANIZATIONS === "on",
      });
    case "facebook":
      return createFacebookOAuth({
        ...common,
        oauthBaseUrl: e.FACEBOOK_OAUTH_BASE_URL,
        apiBaseUrl: e.FACEBOOK_GRAPH_BASE_URL,
        version: e.FACEBOOK_GRAPH_VERSION,
      });
    case "x":
      return createXOAuth({ ...common, oauthBaseUrl: e.X_OAUTH_BASE_URL, apiBaseUrl: e.X_API_BASE_URL });
  }
}

/** `…/api/oauth/{platform}/callback` on the app's public URL; the networks compare it byte for byte. */
export function redirectUriFor(platform: OAuthPlatform, appUrl: string): string {
  return `${appUrl.replace(/\/+$/, "")}/api/oauth/${platform}/callback`;
}
