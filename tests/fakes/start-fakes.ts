import { FACEBOOK_FAKE_TOKEN, FacebookFake } from "./facebook-fake";
import { LINKEDIN_FAKE_TOKEN, LinkedInFake } from "./linkedin-fake";
import { FAKE_OAUTH_CLIENTS } from "./oauth-fake";
import { X_FAKE_TOKEN, X_FAKE_USER_ID, XFake } from "./x-fake";

export const FAKE_TOKENS = { linkedin: LINKEDIN_FAKE_TOKEN, facebook: FACEBOOK_FAKE_TOKEN, x: X_FAKE_TOKEN } as const;
export const FAKE_ACCOUNTS = {
  linkedin: "urn:li:organization:1001",
  facebook: "200300400500",
  x: X_FAKE_USER_ID,
} as const;

export interface Fakes {
  urls: { linkedin: string; facebook: string; x: string };
  fakes: { linkedin: LinkedInFake; facebook: FacebookFake; x: XFake };
  /** the environment that points the publishers and collectors at the fakes */
  env: Record<string, string>;
  reset(): void;
  stop(): Promise<void>;
}

/** Starts the three network fakes on free ports. */
export async function startFakes(extraEnv: Record<string, string> = {}): Promise<Fakes> {
  const fakes = { linkedin: new LinkedInFake(), facebook: new FacebookFake(), x: new XFake() };
  const [linkedin, facebook, x] = await Promise.all([fakes.linkedin.start(), fakes.facebook.start(), fakes.x.start()]);
  const urls = { linkedin, facebook, x };
  return {
    urls,
    fakes,
    env: {
      LINKEDIN_API_BASE_URL: linkedin,
      FACEBOOK_GRAPH_BASE_URL: facebook,
      X_API_BASE_URL: x,
      ...fakeOAuthEnv(urls),
      ...extraEnv,
    },
    reset() {
      fakes.linkedin.reset();
      fakes.facebook.reset();
      fakes.x.reset();
    },
    async stop() {
      await Promise.all([fakes.linkedin.stop(), fakes.facebook.stop(), fakes.x.stop()]);
    },
  };
}

/** The OAuth apps the fakes accept, and their consent pages' hosts (each fake is its network's www and API host). */
export function fakeOAuthEnv(urls: { linkedin: string; facebook: string; x: string }): Record<string, string> {
  return {
    LINKEDIN_CLIENT_ID: FAKE_OAUTH_CLIENTS.linkedin.id,
    LINKEDIN_CLIENT_SECRET: FAKE_OAUTH_CLIENTS.linkedin.secret,
    LINKEDIN_OAUTH_BASE_URL: urls.linkedin,
    FACEBOOK_APP_ID: FAKE_OAUTH_CLIENTS.facebook.id,
    FACEBOOK_APP_SECRET: FAKE_OAUTH_CLIENTS.facebook.secret,
    FACEBOOK_OAUTH_BASE_URL: urls.facebook,
    X_CLIENT_ID: FAKE_OAUTH_CLIENTS.x.id,
    X_CLIENT_SECRET: FAKE_OAUTH_CLIENTS.x.secret,
    X_OAUTH_BASE_URL: urls.x,
  };
}
