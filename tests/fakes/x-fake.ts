import twitterText from "twitter-text";
import {
  FakeServer,
  parseBody,
  seeded,
  type Answer,
  type Ctx,
  type FailOptions,
  type FailureKind,
  type RouteKind,
} from "./fake-server";
import {
  avatar,
  basicClient,
  consentPage,
  FAKE_OAUTH_CLIENTS,
  form,
  newSecret,
  s256,
  type PendingCode,
} from "./oauth-fake";
import { ListeningState } from "./listening-fake";
import { answerXListening } from "./x-listening-fake";
import { imageField, multipart } from "./fake-uploads";

export const X_FAKE_TOKEN = "x-test-token";
export const X_FAKE_USER_ID = "1500000000000000001";

export interface XFakeMetrics {
  impression_count: number;
  like_count: number;
  retweet_count: number;
  reply_count: number;
  quote_count: number;
  bookmark_count: number;
}

export interface XFakePost {
  id: string;
  authorId: string;
  /** as X stores it: links rewritten to t.co */
  text: string;
  sentText: string;
  /** reply.in_reply_to_tweet_id: threads and first comments */
  inReplyTo: string | null;
  /** media.media_ids, each uploaded through /2/media/upload first */
  mediaIds: string[];
  createdAt: number;
  metrics: XFakeMetrics;
}

const WINDOW_S = 900;
const LIMITS: Record<RouteKind, number> = { create: 200, list: 900, metrics: 300, other: 300 };

function problem(status: number, title: string, detail: string, type = "about:blank"): Answer {
  return { status, body: { detail, type, title, status } };
}

/** X answers text HTML-escaped (&amp; &lt; &gt;). */
function xEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export class XFake extends FakeServer<XFakePost> {
  private seq = 0;
  private used: Record<RouteKind, number> = { create: 0, list: 0, metrics: 0, other: 0 };
  private windowReset = 0;
  /** token → user id */
  users = new Map<string, string>([[X_FAKE_TOKEN, X_FAKE_USER_ID]]);
  /** comments under posts and competitors' timelines */
  listening = new ListeningState();

  constructor() {
    super(X_FAKE_TOKEN);
  }

  /** author + text, so the duplicate check stays O(1) in large benchmarks */
  private sent = new Set<string>();

  // OAuth 2.0 (PKCE) state: codes handed out on consent, live refresh tokens, access-token expiry.
  codes = new Map<string, PendingCode>();
  refreshTokens = new Map<string, string>();
  accessExpiry = new Map<string, number>();
  /** calls to POST /2/oauth2/token, by grant type */
  tokenCalls = { authorization_code: 0, refresh_token: 0 };
  revoked: string[] = [];
  private tokenHold: { gate: Promise<void>; arrived: () => void } | null = null;
  profiles = new Map<string, { name: string; username: string }>([
    [X_FAKE_USER_ID, { name: "Fake Brand", username: "fakebrand" }],
  ]);

  /** Makes an issued access token answer 401 from now on, as X does after its 2 hours. */
  expireAccessToken(token: string) {
    this.accessExpiry.set(token, Date.now() - 1);
  }

  /**
   * Holds token requests until release(): `arrived` resolves once the first one is waiting, so a race
   * test can line its contenders up by events instead of by delays.
   */
  holdTokenRequests() {
    let open!: () => void;
    let arrived!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const first = new Promise<void>((r) => (arrived = r));
    this.tokenHold = { gate, arrived };
    return {
      arrived: first,
      release: () => {
        this.tokenHold = null;
        this.uploads.clear();
        open();
      },
    };
  }

  /** Tokens as a finished consent would hand them out (tests that need a live refresh token). */
  grant(userId = X_FAKE_USER_ID) {
    return this.issue(userId);
  }

  private issue(userId: string) {
    const access = newSecret("xat_");
    const refresh = newSecret("xrt_");
    this.tokens.add(access);
    this.users.set(access, userId);
    this.accessExpiry.set(access, Date.now() + 7200_000);
    this.refreshTokens.set(refresh, userId);
    return {
      token_type: "bearer",
      expires_in: 7200,
      access_token: access,
      scope: "tweet.read tweet.write users.read offline.access",
      refresh_token: refresh,
    };
  }

  /** Consent, token, revoke and identity endpoints; null when the path is not an OAuth one. */
  private oauth(ctx: Ctx): Answer | null | Promise<Answer> {
    const p = ctx.url.pathname;
    const oauthError = (status: number, error: string, description: string): Answer => ({
      status,
      body: { error, error_description: description },
    });
    if (p === "/i/oauth2/authorize") {
      const q = ctx.url.searchParams;
      const redirectUri = q.get("redirect_uri") ?? "";
      if (q.get("client_id") !== FAKE_OAUTH_CLIENTS.x.id)
        return { status: 400, body: "Something went wrong: You weren't able to give access to the App." };
      if (q.get("response_type") !== "code" || q.get("code_challenge_method") !== "S256" || !q.get("code_challenge"))
        return { status: 400, body: "Something went wrong: invalid request (PKCE S256 is required)." };
      const code = newSecret("xcode_");
      this.codes.set(code, {
        clientId: q.get("client_id")!,
        redirectUri,
        challenge: q.get("code_challenge"),
        userId: X_FAKE_USER_ID,
        used: false,
      });
      const back = (extra: Record<string, string>) => {
        const u = new URL(redirectUri);
        for (const [k, v] of Object.entries({ ...extra, state: q.get("state") ?? "" })) u.searchParams.set(k, v);
        return u.toString();
      };
      return consentPage("X", "Social CM Orchestrator", back({ code }), back({ error: "access_denied" }));
    }
    if (p.startsWith("/avatars/")) return avatar("F", "#111827");
    if (p === "/2/oauth2/token" && ctx.method === "POST") return this.token(ctx, oauthError);
    if (p === "/2/oauth2/revoke" && ctx.method === "POST") {
      const c = basicClient(ctx);
      if (!c || c.id !== FAKE_OAUTH_CLIENTS.x.id || c.secret !== FAKE_OAUTH_CLIENTS.x.secret)
        return oauthError(401, "invalid_client", "Missing valid authorization header");
      const token = form(ctx).token ?? "";
      this.tokens.delete(token);
      this.refreshTokens.delete(token);
      this.revoked.push(token);
      return { status: 200, body: { revoked: true } };
    }
    if (p === "/2/users/me") {
      if (!this.liveToken(ctx.token))
        return {
          status: 401,
          body: { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" },
        };
      const id = this.users.get(ctx.token!) ?? X_FAKE_USER_ID;
      const prof = this.profiles.get(id) ?? { name: `User ${id}`, username: `user${id.slice(-4)}` };
      return {
        status: 200,
        body: {
          data: {
            id,
            name: prof.name,
            username: prof.username,
            profile_image_url: `${this.url}/avatars/${prof.username}.svg`,
          },
        },
      };
    }
    return null;
  }

  private async token(
    ctx: Ctx,
    oauthError: (status: number, error: string, description: string) => Answer,
  ): Promise<Answer> {
    if (this.tokenHold) {
      this.tokenHold.arrived();
      await this.tokenHold.gate;
    }
    const c = basicClient(ctx);
    if (!c || c.id !== FAKE_OAUTH_CLIENTS.x.id || c.secret !== FAKE_OAUTH_CLIENTS.x.secret)
      return oauthError(401, "invalid_client", "Missing valid authorization header");
    const f = form(ctx);
    if (f.grant_type === "authorization_code") {
      this.tokenCalls.authorization_code++;
      const pending = this.codes.get(f.code ?? "");
      if (!pending || pending.used)
        return oauthError(400, "invalid_request", "Value passed for the authorization code was invalid.");
      if (pending.redirectUri !== f.redirect_uri)
        return oauthError(
          400,
          "invalid_request",
          "Value passed for the redirect uri did not match the uri of the authorization code.",
        );
      if (!f.code_verifier || s256(f.code_verifier) !== pending.challenge)
        return oauthError(
          400,
          "invalid_request",
          "Value passed for the code verifier did not match the code challenge.",
        );
      pending.used = true;
      return { status: 200, body: this.issue(pending.userId) };
    }
    if (f.grant_type === "refresh_token") {
      this.tokenCalls.refresh_token++;
      const userId = this.refreshTokens.get(f.refresh_token ?? "");
      if (!userId) return oauthError(400, "invalid_request", "Value passed for the token was invalid.");
      // Rotation: the old refresh token stops working the moment a new one is issued.
      this.refreshTokens.delete(f.refresh_token!);
      return { status: 200, body: this.issue(userId) };
    }
    return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
  }

  private liveToken(token: string | null): boolean {
    if (!token || !this.tokens.has(token)) return false;
    const exp = this.accessExpiry.get(token);
    return exp === undefined || exp > Date.now();
  }

  protected clearState() {
    this.seq = 0;
    this.sent.clear();
    this.used = { create: 0, list: 0, metrics: 0, other: 0 };
    this.users = new Map([[X_FAKE_TOKEN, X_FAKE_USER_ID]]);
    this.codes.clear();
    this.refreshTokens.clear();
    this.accessExpiry.clear();
    this.tokenCalls = { authorization_code: 0, refresh_token: 0 };
    this.revoked = [];
    this.tokenHold = null;
    this.listening.reset();
  }

  protected routeOf(method: string, url: URL): RouteKind {
    if (url.pathname === "/2/tweets") return method === "POST" ? "create" : "metrics";
    if (/^\/2\/users\/[^/]+\/tweets$/.test(url.pathname)) return "list";
    return "other";
  }

  protected commonHeaders(ctx: Ctx, status: number): Record<string, string> {
    const now = Math.floor(Date.now() / 1000);
    if (now >= this.windowReset) {
      this.windowReset = now + WINDOW_S;
      this.used = { create: 0, list: 0, metrics: 0, other: 0 };
    }
    this.used[ctx.route]++;
    const limit = LIMITS[ctx.route];
    return {
      "x-rate-limit-limit": String(limit),
      "x-rate-limit-remaining": String(status === 429 ? 0 : Math.max(0, limit - this.used[ctx.route])),
      "x-rate-limit-reset": String(this.windowReset),
    };
  }

  setMetrics(id: string, m: Partial<XFakeMetrics>) {
    const p = this.posts.find((x) => x.id === id);
    if (p) Object.assign(p.metrics, m);
  }

  protected handle(ctx: Ctx): Answer | Promise<Answer> {
    const oauth = this.oauth(ctx);
    if (oauth) return oauth;
    if (!this.liveToken(ctx.token)) return problem(401, "Unauthorized", "Unauthorized");
    const userId = this.users.get(ctx.token!) ?? X_FAKE_USER_ID;
    const heard = answerXListening(this.listening, this.posts, ctx);
    if (heard) return heard;
    if (ctx.url.pathname === "/2/media/upload" && ctx.method === "POST") return this.upload(ctx, userId);
    const del = /^\/2\/tweets\/(\d+)$/.exec(ctx.url.pathname);
    if (del && ctx.method === "DELETE") return this.remove(del[1], userId);
    if (ctx.route === "create") return this.create(ctx, userId);
    if (ctx.route === "list") return this.list(ctx);
    if (ctx.route === "metrics") return this.lookup(ctx);
    return problem(404, "Not Found Error", `Unknown path ${ctx.url.pathname}`);
  }

  /** media ids uploaded, by id: the user who uploaded each */
  uploads = new Map<string, string>();

  /** v2 media upload: multipart `media` with media_category=tweet_image; answers data.id. */
  private async upload(ctx: Ctx, userId: string): Promise<Answer> {
    const form = await multipart(ctx);
    if (!form) return problem(400, "Invalid Request", "Expected multipart/form-data with a media field.");
    if (form.get("media_category") !== "tweet_image")
      return problem(400, "Invalid Request", "media_category must be tweet_image for images.");
    const bytes = await imageField(form, "media");
    if (!bytes) return problem(400, "Invalid Request", "media is not a supported image.");
    const id = String(1860000000000000000n + BigInt(++this.seq));
    this.uploads.set(id, userId);
    return {
      status: 200,
      body: {
        data: {
          id,
          media_key: `3_${id}`,
          size: bytes.length,
          expires_after_secs: 86400,
          image: { image_type: String(form.get("media_type") ?? "") },
        },
      },
    };
  }

  /** DELETE /2/tweets/{id}: only the author may; {data: {deleted: true}}. */
  private remove(id: string, userId: string): Answer {
    const post = this.posts.find((p) => p.id === id);
    if (!post) return problem(404, "Not Found Error", `Could not find tweet with id: [${id}].`);
    if (post.authorId !== userId) return problem(403, "Forbidden", "You are not allowed to delete this Tweet.");
    this.posts = this.posts.filter((p) => p.id !== id);
    this.sent.delete(`${userId}\n${post.sentText}`);
    return { status: 200, body: { data: { deleted: true } } };
  }

  private create(ctx: Ctx, userId: string): Answer {
    const b = parseBody(ctx);
    const media = (b.media ?? null) as { media_ids?: unknown } | null;
    const mediaIds = Array.isArray(media?.media_ids) ? media.media_ids.map(String) : [];
    if (mediaIds.some((id) => this.uploads.get(id) !== userId) || mediaIds.length > 4)
      return problem(400, "Invalid Request", "Your media IDs are invalid.");
    const text = typeof b.text === "string" ? b.text : undefined;
    if (!text || !text.trim()) {
      return {
        status: 400,
        body: {
          errors: [{ parameters: { text: [] }, message: "Post text is empty" }],
          title: "Invalid Request",
          detail: "One or more parameters to your request was invalid.",
          type: "https://api.twitter.com/2/problems/invalid-request",
        },
      };
    }
    const reply = (b.reply ?? null) as { in_reply_to_tweet_id?: unknown } | null;
    const inReplyTo = reply ? String(reply.in_reply_to_tweet_id ?? "") : null;
    // A reply may answer one of our posts (a thread, a first comment) or someone's reply under one.
    if (inReplyTo !== null && !this.posts.some((p) => p.id === inReplyTo) && !this.listening.heard(inReplyTo))
      return problem(400, "Invalid Request", "The Tweet you are replying to does not exist or has been deleted.");
    const { weightedLength } = twitterText.parseTweet(text);
    if (weightedLength > 280)
      return problem(403, "Forbidden", "You are not permitted to perform this action. Your Tweet text is too long.");
    const stored = text.normalize("NFC");
    if (this.sent.has(`${userId}\n${stored}`)) {
      return problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.");
    }
    this.sent.add(`${userId}\n${stored}`);
    const n = ++this.seq;
    const id = String(1850000000000000000n + BigInt(n));
    const tco = twitterText
      .extractUrls(stored)
      .reduce((s, u, i) => s.split(u).join(`https://t.co/${(n * 7919 + i).toString(36).padStart(10, "a")}`), stored);
    const impressions = 300 + seeded(n, 1, 3000);
    this.posts.push({
      id,
      authorId: userId,
      text: tco,
      sentText: stored,
      inReplyTo,
      mediaIds,
      createdAt: Date.now(),
      metrics: {
        impression_count: impressions,
        like_count: seeded(n, 2, 50),
        retweet_count: seeded(n, 3, 10),
        reply_count: seeded(n, 4, 8),
        quote_count: seeded(n, 5, 3),
        bookmark_count: seeded(n, 6, 5),
      },
    });
    return { status: 201, body: { data: { id, text: xEscape(tco), edit_history_tweet_ids: [id] } } };
  }

  private list(ctx: Ctx): Answer {
    const userId = ctx.url.pathname.split("/")[3];
    const q = ctx.url.searchParams;
    const max = Number(q.get("max_results") ?? 10);
    if (!Number.isInteger(max) || max < 5 || max > 100) {
      return {
        status: 400,
        body: {
          errors: [
            {
              parameters: { max_results: [String(max)] },
              message: `The \`max_results\` query parameter value [${max}] is not between 5 and 100`,
            },
          ],
          title: "Invalid Request",
          detail: "One or more parameters to your request was invalid.",
          type: "https://api.twitter.com/2/problems/invalid-request",
        },
      };
    }
    const start = q.get("start_time") ? Date.parse(q.get("start_time")!) : 0;
    const fields = (q.get("tweet.fields") ?? "").split(",");
    const withCreated = fields.includes("created_at");
    const withReferenced = fields.includes("referenced_tweets");
    const mine = this.posts
      .filter((p) => p.authorId === userId && p.createdAt >= start)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, max);
    if (!mine.length) return { status: 200, body: { meta: { result_count: 0 } } };
    const data = mine.map((p) => ({
      id: p.id,
      text: xEscape(p.text),
      edit_history_tweet_ids: [p.id],
      ...(withCreated ? { created_at: new Date(p.createdAt).toISOString() } : {}),
      ...(withReferenced && p.inReplyTo ? { referenced_tweets: [{ type: "replied_to", id: p.inReplyTo }] } : {}),
    }));
    return {
      status: 200,
      body: { data, meta: { result_count: data.length, newest_id: data[0].id, oldest_id: data.at(-1)!.id } },
    };
  }

  private lookup(ctx: Ctx): Answer {
    const ids = (ctx.url.searchParams.get("ids") ?? "").split(",").filter(Boolean);
    if (!ids.length || ids.length > 100) {
      return {
        status: 400,
        body: {
          errors: [
            {
              parameters: { ids: [ids.join(",")] },
              message:
                "The number of values in the `ids` query parameter list [" + ids.length + "] is not between 1 and 100",
            },
          ],
          title: "Invalid Request",
          detail: "One or more parameters to your request was invalid.",
          type: "https://api.twitter.com/2/problems/invalid-request",
        },
      };
    }
    const fields = (ctx.url.searchParams.get("tweet.fields") ?? "").split(",");
    const data: unknown[] = [];
    const errors: unknown[] = [];
    for (const id of ids) {
      const p = this.posts.find((x) => x.id === id);
      if (!p) {
        errors.push({
          value: id,
          detail: `Could not find tweet with ids: [${id}].`,
          title: "Not Found Error",
          resource_type: "tweet",
          parameter: "ids",
          resource_id: id,
          type: "https://api.twitter.com/2/problems/resource-not-found",
        });
        continue;
      }
      data.push({
        id: p.id,
        text: xEscape(p.text),
        edit_history_tweet_ids: [p.id],
        ...(fields.includes("public_metrics") ? { public_metrics: p.metrics } : {}),
      });
    }
    return { status: 200, body: { ...(data.length ? { data } : {}), ...(errors.length ? { errors } : {}) } };
  }

  protected failureAnswer(
    kind: Exclude<FailureKind, "latency" | "reset" | "reset_after_accept" | "timeout_after_accept">,
    opts: FailOptions,
  ): Answer {
    switch (kind) {
      case "5xx":
        return problem(opts.status ?? 503, "Service Unavailable", "Service Unavailable");
      case "429": {
        // X sends no Retry-After: the client must wait until x-rate-limit-reset.
        const reset = Math.floor(Date.now() / 1000) + (opts.resetInSeconds ?? WINDOW_S);
        return {
          status: 429,
          headers: {
            "x-rate-limit-reset": String(reset),
            "x-rate-limit-remaining": "0",
            ...(opts.retryAfter !== undefined ? { "retry-after": String(opts.retryAfter) } : {}),
          },
          body: {
            errors: [{ code: 88, message: "Rate limit exceeded" }],
            title: "Too Many Requests",
            detail: "Too Many Requests",
            type: "about:blank",
            status: 429,
          },
        };
      }
      case "401":
        return problem(401, "Unauthorized", "Unauthorized");
      case "duplicate":
        return problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.");
      case "400":
        return {
          status: 400,
          body: {
            errors: [{ parameters: { text: [] }, message: "Invalid request" }],
            title: "Invalid Request",
            detail: "One or more parameters to your request was invalid.",
            type: "https://api.twitter.com/2/problems/invalid-request",
          },
        };
    }
  }
}
