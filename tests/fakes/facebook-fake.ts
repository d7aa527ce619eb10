import { randomBytes } from "node:crypto";
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
import { avatar, consentPage, FAKE_OAUTH_CLIENTS, newSecret, type PendingCode } from "./oauth-fake";
import { ListeningState } from "./listening-fake";
import { answerFacebookListening } from "./facebook-listening-fake";
import { answerFacebookReplies } from "./reply-fake";
import { imageField, multipart } from "./fake-uploads";

export const FACEBOOK_FAKE_TOKEN = "fb-test-token";
/** the Page the fake token belongs to (FAKE_ACCOUNTS.facebook) */
export const FACEBOOK_FAKE_PAGE_ID = "200300400500";
export const FACEBOOK_FAKE_USER_ID = "10160000000000001";

/** The Pages the fake user manages (the first is FAKE_ACCOUNTS.facebook). */
export const FACEBOOK_FAKE_PAGES = [
  { id: FACEBOOK_FAKE_PAGE_ID, name: "Fake Page" },
  { id: "200300400501", name: "Fake Bakery Corner" },
];

export interface FacebookFakeInsights {
  post_total_media_view_unique: number;
  post_reactions_by_type_total: Record<string, number>;
  post_clicks: number;
  comments: number;
  shares: number;
}

export interface FacebookFakePost {
  id: string;
  pageId: string;
  message: string;
  link: string | null;
  /** photo ids: the one of a /photos post, or the attached_media of a multi-photo /feed post */
  photos: string[];
  createdAt: number;
  insights: FacebookFakeInsights;
}

const MAX_LENGTH = 63206;
const V23_METRICS = new Set([
  "post_total_media_view_unique",
  "post_reactions_by_type_total",
  "post_clicks",
  "post_media_view",
]);

function graphError(status: number, code: number, message: string, extra: Record<string, unknown> = {}): Answer {
  return {
    status,
    body: {
      error: { message, type: "OAuthException", code, ...extra, fbtrace_id: `A${randomBytes(8).toString("hex")}` },
    },
  };
}

/** Graph's own date format: 2025-01-31T09:00:00+0000 */
function graphDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+0000");
}

export class FacebookFake extends FakeServer<FacebookFakePost> {
  private seq = 0;
  private calls = 0;
  /** comments under posts and competitor Pages */
  listening = new ListeningState();

  constructor() {
    super(FACEBOOK_FAKE_TOKEN);
  }

  /** last post per page, so the duplicate check stays O(1) in large benchmarks */
  private lastByPage = new Map<string, { message: string; link: string | null }>();

  // Facebook Login state: codes, and what each issued token is (a short or long-lived user token, or a Page's).
  codes = new Map<string, PendingCode>();
  tokenKinds = new Map<string, { kind: "short" | "long" | "page"; id: string }>();
  /** calls to GET /oauth/access_token: code exchanges and long-lived exchanges */
  tokenCalls = { code: 0, fb_exchange_token: 0 };
  /** Pages the user manages */
  pages = FACEBOOK_FAKE_PAGES.map((p) => ({ ...p }));

  protected clearState() {
    this.seq = 0;
    this.calls = 0;
    this.listening.reset();
    this.lastByPage.clear();
    this.unpublished.clear();
    this.codes.clear();
    this.tokenKinds.clear();
    this.tokenCalls = { code: 0, fb_exchange_token: 0 };
    this.pages = FACEBOOK_FAKE_PAGES.map((p) => ({ ...p }));
  }

  private mint(kind: "short" | "long" | "page", id: string) {
    const token = newSecret(kind === "page" ? "EAAP" : "EAAU");
    this.tokens.add(token);
    this.tokenKinds.set(token, { kind, id });
    return token;
  }

  /** The Login dialog (www.facebook.com) and GET /oauth/access_token (Graph); null for other paths. */
  private oauth(ctx: Ctx, parts: string[]): Answer | null {
    if (parts[1] === "dialog" && parts[2] === "oauth") {
      const q = ctx.url.searchParams;
      if (q.get("client_id") !== FAKE_OAUTH_CLIENTS.facebook.id)
        return { status: 400, headers: { "content-type": "text/html" }, body: "<h1>Invalid App ID</h1>" };
      const redirectUri = q.get("redirect_uri") ?? "";
      const code = newSecret("AQD");
      this.codes.set(code, {
        clientId: FAKE_OAUTH_CLIENTS.facebook.id,
        redirectUri,
        challenge: null,
        userId: FACEBOOK_FAKE_USER_ID,
        used: false,
      });
      const back = (extra: Record<string, string>) => {
        const u = new URL(redirectUri);
        for (const [k, v] of Object.entries({ ...extra, state: q.get("state") ?? "" })) u.searchParams.set(k, v);
        return u.toString() + "#_=_";
      };
      return consentPage(
        "Facebook",
        "Social CM Orchestrator",
        back({ code }),
        back({
          error: "access_denied",
          error_code: "200",
          error_description: "Permissions error",
          error_reason: "user_denied",
        }),
      );
    }
    if (parts[1] === "oauth" && parts[2] === "access_token" && ctx.method === "GET") {
      const q = ctx.url.searchParams;
      if (q.get("client_id") !== FAKE_OAUTH_CLIENTS.facebook.id)
        return graphError(400, 101, "Error validating application. Invalid application ID.");
      if (q.get("client_secret") !== FAKE_OAUTH_CLIENTS.facebook.secret)
        return graphError(400, 1, "Error validating client secret.");
      if (q.get("grant_type") === "fb_exchange_token") {
        this.tokenCalls.fb_exchange_token++;
        const short = this.tokenKinds.get(q.get("fb_exchange_token") ?? "");
        if (!short || short.kind === "page" || !this.tokens.has(q.get("fb_exchange_token")!))
          return graphError(400, 190, "Invalid OAuth access token - Cannot parse access token");
        return {
          status: 200,
          body: { access_token: this.mint("long", short.id), token_type: "bearer", expires_in: 5_183_944 },
        };
      }
      this.tokenCalls.code++;
      const pending = this.codes.get(q.get("code") ?? "");
      if (!pending) return graphError(400, 100, "Invalid verification code format.", { error_subcode: 36009 });
      if (pending.used) return graphError(400, 100, "This authorization code has been used.", { error_subcode: 36009 });
      if (pending.redirectUri !== q.get("redirect_uri"))
        return graphError(
          400,
          100,
          "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request",
          { error_subcode: 36008 },
        );
      pending.used = true;
      return {
        status: 200,
        body: { access_token: this.mint("short", pending.userId), token_type: "bearer", expires_in: 5_400 },
      };
    }
    return null;
  }

  /** GET /me/accounts: the user's Pages, each with its own token; a Page token has no such edge. */
  private accounts(token: string): Answer {
    const who = this.tokenKinds.get(token);
    if (who?.kind === "page")
      return graphError(400, 100, "(#100) Tried accessing nonexisting field (accounts) on node type (Page)");
    const data = this.pages.map((p) => ({
      id: p.id,
      name: p.name,
      category: "Bakery",
      tasks: ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"],
      access_token: this.mint("page", p.id),
      picture: { data: { height: 50, is_silhouette: false, url: `${this.url}/avatars/page-${p.id}.svg`, width: 50 } },
    }));
    return { status: 200, body: { data, paging: { cursors: { before: "QVFIUk", after: "QVFIUl" } } } };
  }

  protected routeOf(method: string, url: URL): RouteKind {
    const parts = url.pathname.split("/").filter(Boolean);
    if (parts.length === 3 && parts[2] === "feed") return method === "POST" ? "create" : "list";
    if (parts.length === 3 && (parts[2] === "posts" || parts[2] === "published_posts") && method === "GET")
      return "list";
    if (parts.length === 3 && parts[2] === "insights") return "metrics";
    if (parts.length === 2 && method === "GET" && parts[1].includes("_")) return "metrics";
    return "other";
  }

  protected commonHeaders(): Record<string, string> {
    this.calls++;
    return {
      "x-app-usage": JSON.stringify({ call_count: Math.min(100, this.calls), total_cputime: 1, total_time: 1 }),
    };
  }

  setInsights(id: string, v: Partial<FacebookFakeInsights>) {
    const p = this.posts.find((x) => x.id === id);
    if (p) Object.assign(p.insights, v);
  }

  protected handle(ctx: Ctx): Answer | Promise<Answer> {
    const parts = ctx.url.pathname.split("/").filter(Boolean);
    if (parts[0] === "avatars") return avatar("P", "#1877f2");
    if (!/^v\d+\.\d+$/.test(parts[0] ?? ""))
      return graphError(400, 2500, "Unknown path components: " + ctx.url.pathname);
    const oauth = this.oauth(ctx, parts);
    if (oauth) return oauth;
    // A published Page's picture needs no token: a redirect to the image's current (expiring) CDN link.
    if (parts.length === 3 && parts[2] === "picture" && ctx.method === "GET")
      return { status: 302, body: null, headers: { location: `${this.url}/avatars/page-${parts[1]}.svg` } };
    const body = ctx.method === "POST" ? parseBody(ctx) : {};
    const token =
      ctx.token ??
      ctx.url.searchParams.get("access_token") ??
      (typeof body.access_token === "string" ? body.access_token : null);
    if (!token)
      return graphError(400, 2500, "An active access token must be used to query information about the current user.");
    if (!this.tokens.has(token)) {
      return {
        ...graphError(401, 190, "Invalid OAuth access token - Cannot parse access token"),
        headers: {
          "www-authenticate":
            'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token - Cannot parse access token"',
        },
      };
    }
    // A Page token's /me is the Page itself (what a pasted token is verified against); a user token's, the user.
    const who = this.tokenKinds.get(token);
    if (parts.length === 3 && parts[1] === "me" && parts[2] === "accounts" && ctx.method === "GET")
      return this.accounts(token);
    if (parts.length === 2 && parts[1] === "me" && ctx.method === "GET") {
      if (who && who.kind !== "page") return { status: 200, body: { id: who.id, name: "Fake User" } };
      const page = this.pages.find((p) => p.id === (who?.id ?? FACEBOOK_FAKE_PAGE_ID)) ?? FACEBOOK_FAKE_PAGES[0];
      return {
        status: 200,
        body: {
          id: page.id,
          name: page.name,
          picture: { data: { url: `${this.url}/avatars/page-${page.id}.svg`, is_silhouette: false } },
        },
      };
    }
    if (parts.length === 3 && parts[2] === "photos" && ctx.method === "POST") return this.photo(ctx, parts[1]);
    const replied = answerFacebookReplies(this.listening, ctx, parts);
    if (replied) return replied;
    const heard = answerFacebookListening(this.listening, this.posts, ctx, parts);
    if (heard) return heard;
    if (parts.length === 3 && parts[2] === "comments") return this.comment(ctx.method, parts[1], body);
    if (ctx.route === "create") return this.create(parts[1], body);
    if (ctx.route === "list") return this.list(parts[1], ctx.url.searchParams);
    if (ctx.route === "metrics" && parts.length === 3) return this.insights(parts[1], ctx.url.searchParams);
    if (ctx.route === "metrics") return this.postFields(parts[1]);
    return graphError(400, 100, `Unsupported ${ctx.method.toLowerCase()} request.`, { error_subcode: 33 });
  }

  /** POST /{post-id}/comments with `message` answers {id}; the listening state lists it with the others. */
  private comment(method: string, postId: string, b: Record<string, unknown>): Answer {
    const post = this.posts.find((p) => p.id === postId);
    if (!post || method !== "POST")
      return graphError(
        400,
        100,
        `Unsupported ${method.toLowerCase()} request. Object with ID '${postId}' does not exist`,
        {
          error_subcode: 33,
        },
      );
    const message = typeof b.message === "string" ? b.message : "";
    if (!message) return graphError(400, 100, "(#100) Missing message or attachment");
    const commentId = String(7100000000000000000n + BigInt(++this.seq));
    const id = `${postId.split("_")[1]}_${commentId}`;
    const createdAt = Date.now();
    this.listening
      .commentsOf(post.id, post.createdAt)
      .push({ id: commentId, authorId: post.pageId, authorName: "Page", text: message, createdAt });
    this.comments.push({ id, postId, text: message, createdAt });
    return { status: 200, body: { id } };
  }

  /** unpublished photos (published=false), by id: their Page */
  unpublished = new Map<string, string>();

  /** POST /{page}/photos, multipart `source`: published=false keeps it for attached_media, else it is a post. */
  private async photo(ctx: Ctx, pageId: string): Promise<Answer> {
    const form = await multipart(ctx);
    const bytes = form ? await imageField(form, "source") : null;
    if (!form || !bytes) return graphError(400, 324, "(#324) Requires upload file");
    const id = String(3000000000000000 + ++this.seq);
    if (form.get("published") === "false") {
      this.unpublished.set(id, pageId);
      return { status: 200, body: { id } };
    }
    const answer = this.create(pageId, { message: String(form.get("message") ?? "") }, [id]);
    if (answer.status !== 200) return answer;
    return { status: 200, body: { id, post_id: (answer.body as { id: string }).id } };
  }

  private create(pageId: string, b: Record<string, unknown>, photos: string[] = []): Answer {
    const message = typeof b.message === "string" ? b.message : "";
    const link = typeof b.link === "string" && b.link ? b.link : null;
    const attached = Object.keys(b)
      .filter((k) => /^attached_media\[\d+\]$/.test(k))
      .map((k) => {
        try {
          return String((JSON.parse(String(b[k])) as { media_fbid?: unknown }).media_fbid);
        } catch {
          return "";
        }
      });
    if (attached.some((id) => this.unpublished.get(id) !== pageId))
      return graphError(400, 100, "(#100) attached_media must be unpublished photos of this Page");
    photos = [...photos, ...attached];
    if (!message && !link && photos.length === 0) return graphError(400, 100, "(#100) Missing message or attachment");
    if (message.length > MAX_LENGTH)
      return graphError(400, 100, "(#100) Param message must be at most 63206 characters long");
    const last = this.lastByPage.get(pageId);
    if (last && last.message === message && last.link === link) {
      return graphError(400, 506, "Duplicate status message", {
        error_subcode: 1455006,
        is_transient: false,
        error_user_title: "Duplicate Status Update",
        error_user_msg:
          "This status update is identical to the last one you posted. Try posting something different, or delete your previous update.",
      });
    }
    this.lastByPage.set(pageId, { message, link });
    const n = ++this.seq;
    const id = `${pageId}_${1000000000000000 + n}`;
    const views = 150 + seeded(n, 1, 1500);
    this.posts.push({
      id,
      pageId,
      message,
      link,
      photos,
      createdAt: Date.now(),
      insights: {
        post_total_media_view_unique: views,
        post_reactions_by_type_total: { like: seeded(n, 2, 40), love: seeded(n, 3, 10) },
        post_clicks: seeded(n, 4, 50),
        comments: seeded(n, 5, 12),
        shares: seeded(n, 6, 8),
      },
    });
    return { status: 200, body: { id } };
  }

  private list(pageId: string, q: URLSearchParams): Answer {
    const limit = Math.min(100, Number(q.get("limit") ?? 25));
    const since = q.get("since") ? Number(q.get("since")) * 1000 : 0;
    const fields = (q.get("fields") ?? "id,message,created_time").split(",");
    const data = this.posts
      .filter((p) => p.pageId === pageId && p.createdAt >= since)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map((p) => {
        const full: Record<string, unknown> = {
          id: p.id,
          message: p.message || undefined,
          created_time: graphDate(p.createdAt),
        };
        return Object.fromEntries(fields.filter((f) => f in full).map((f) => [f, full[f]]));
      });
    return { status: 200, body: { data, paging: { cursors: { before: "QVFIUmJ", after: "QVFIUmZA" } } } };
  }

  private insights(postId: string, q: URLSearchParams): Answer {
    const p = this.posts.find((x) => x.id === postId);
    if (!p) {
      return graphError(
        400,
        100,
        `Unsupported get request. Object with ID '${postId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        { error_subcode: 33 },
      );
    }
    const metrics = (q.get("metric") ?? "").split(",").filter(Boolean);
    // Deprecated metrics (post_impressions_unique*, page_impressions_unique*) fail the whole call.
    if (!metrics.length || metrics.some((m) => !V23_METRICS.has(m)))
      return graphError(400, 100, "(#100) The value must be a valid insights metric");
    const value = (m: string): unknown => {
      if (m === "post_reactions_by_type_total") return p.insights.post_reactions_by_type_total;
      if (m === "post_media_view") return Math.round(p.insights.post_total_media_view_unique * 1.3);
      return p.insights[m as "post_clicks" | "post_total_media_view_unique"];
    };
    const data = metrics.map((m) => ({
      name: m,
      period: "lifetime",
      values: [{ value: value(m) }],
      title: m,
      description: m,
      id: `${postId}/insights/${m}/lifetime`,
    }));
    return { status: 200, body: { data, paging: {} } };
  }

  private postFields(postId: string): Answer {
    const p = this.posts.find((x) => x.id === postId);
    if (!p)
      return graphError(
        400,
        100,
        `Unsupported get request. Object with ID '${postId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        { error_subcode: 33 },
      );
    // Like Graph, `shares` is absent when nobody shared the post.
    return {
      status: 200,
      body: {
        id: p.id,
        ...(p.insights.shares ? { shares: { count: p.insights.shares } } : {}),
        comments: { data: [], summary: { order: "ranked", total_count: p.insights.comments, can_comment: true } },
      },
    };
  }

  protected failureAnswer(
    kind: Exclude<FailureKind, "latency" | "reset" | "reset_after_accept" | "timeout_after_accept">,
    opts: FailOptions,
    ctx: Ctx,
  ): Answer {
    switch (kind) {
      case "5xx":
        return graphError(opts.status ?? 500, 2, "An unexpected error has occurred. Please retry your request later.", {
          is_transient: true,
        });
      case "429": {
        const code = opts.code ?? 4;
        const message =
          code === 32
            ? "(#32) Page request limit reached"
            : code === 17
              ? "(#17) User request limit reached"
              : code === 613
                ? "(#613) Calls to this api have exceeded the rate limit."
                : "(#4) Application request limit reached";
        const a = graphError(opts.status ?? 400, code, message, {
          is_transient: true,
          ...(opts.subcode ? { error_subcode: opts.subcode } : {}),
        });
        const page = ctx.url.pathname.split("/").filter(Boolean)[1] ?? "0";
        const headers: Record<string, string> = {};
        if (opts.resetInSeconds !== undefined) {
          headers["x-business-use-case-usage"] = JSON.stringify({
            [page.split("_")[0]]: [
              {
                type: "pages",
                call_count: 100,
                total_cputime: 20,
                total_time: 30,
                estimated_time_to_regain_access: Math.ceil(opts.resetInSeconds / 60),
              },
            ],
          });
        }
        if (opts.retryAfter !== undefined) headers["retry-after"] = String(opts.retryAfter);
        return { ...a, headers };
      }
      case "401":
        return graphError(
          400,
          190,
          "Error validating access token: Session has expired on Friday, 31-Jan-25 09:00:00 PST.",
          { error_subcode: 463 },
        );
      case "duplicate":
        return graphError(400, 506, "Duplicate status message", { error_subcode: 1455006, is_transient: false });
      case "400":
        return graphError(400, 100, "(#100) Invalid parameter");
    }
  }
}
