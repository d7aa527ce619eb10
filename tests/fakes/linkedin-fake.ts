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
import { avatar, consentPage, FAKE_OAUTH_CLIENTS, form, newSecret, type PendingCode } from "./oauth-fake";
import { ListeningState } from "./listening-fake";
import { answerLinkedInListening } from "./linkedin-listening-fake";
import { answerLinkedInReplies } from "./reply-fake";
import { PDFDocument } from "pdf-lib";
import { isImage } from "./fake-uploads";

export const LINKEDIN_FAKE_TOKEN = "li-test-token";
export const LINKEDIN_FAKE_MEMBER = "fake-member-1";

/** The organizations the fake member administers (the first is FAKE_ACCOUNTS.linkedin). */
export const LINKEDIN_FAKE_ORGS: Record<string, { localizedName: string; vanityName: string }> = {
  "1001": { localizedName: "Fake Organization", vanityName: "fake-org" },
  "1002": { localizedName: "Fake Bakery Group", vanityName: "fake-bakery-group" },
};
const ORG_SCOPES = ["r_organization_social", "rw_organization_admin"];

export interface LinkedInFakeStats {
  impressionCount: number;
  uniqueImpressionsCount: number;
  clickCount: number;
  likeCount: number;
  commentCount: number;
  shareCount: number;
}

export interface LinkedInFakePost {
  id: string;
  author: string;
  /** exactly as received (escaped little text) */
  commentary: string;
  /** what a reader sees: unescaped, and cut at the first unescaped reserved character as LinkedIn does */
  visibleText: string;
  /** content.media.id: an image (Images API) or a document (Documents API) */
  mediaId: string | null;
  /** content.media.title, which a document post must carry */
  mediaTitle: string | null;
  createdAt: number;
  stats: LinkedInFakeStats;
}

const RESERVED = "\\<>#~_|[]*(){}@";
const MAX_LENGTH = 3000;

/** Renders little text the way a reader would see it: an unescaped reserved character ends the text. */
export function renderLittleText(commentary: string): string {
  let out = "";
  for (let i = 0; i < commentary.length; i++) {
    const c = commentary[i];
    if (c === "\\" && i + 1 < commentary.length && RESERVED.includes(commentary[i + 1])) {
      out += commentary[++i];
      continue;
    }
    if (RESERVED.includes(c)) break;
    out += c;
  }
  return out;
}

function error(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Answer {
  return { status, body: { status, code, message, ...extra } };
}

function inputError(fieldPath: string, code: string, description: string): Answer {
  return {
    status: 422,
    body: {
      errorDetailType: "com.linkedin.common.error.BadRequest",
      message: `ERROR :: ${fieldPath} :: ${description}\n`,
      errorDetails: { inputErrors: [{ description, input: { inputPath: { fieldPath } }, code }] },
      status: 422,
    },
  };
}

function duplicate(urn: string): Answer {
  return {
    status: 422,
    body: {
      errorDetailType: "com.linkedin.common.error.BadRequest",
      code: "DUPLICATE_POST",
      message: `Content is a duplicate of ${urn}`,
      errorDetails: { inputErrors: [{ description: "Duplicate post is detected", input: {}, code: "DUPLICATE_POST" }] },
      status: 422,
    },
  };
}

export class LinkedInFake extends FakeServer<LinkedInFakePost> {
  private seq = 0;
  /** comments under posts */
  listening = new ListeningState();
  /** the oldest LinkedIn-Version still served */
  minVersion = "202405";

  constructor() {
    super(LINKEDIN_FAKE_TOKEN);
  }

  /** author + commentary → post id, so the duplicate check stays O(1) in large benchmarks */
  private byContent = new Map<string, string>();

  // OAuth 2.0 (3-legged) state: codes handed out on consent, live refresh tokens, what each token may do.
  codes = new Map<string, PendingCode & { scope: string }>();
  refreshTokens = new Map<string, { member: string; scope: string }>();
  tokenInfo = new Map<string, { member: string; scope: string }>([
    [LINKEDIN_FAKE_TOKEN, { member: LINKEDIN_FAKE_MEMBER, scope: ["openid", "profile", ...ORG_SCOPES].join(" ") }],
  ]);
  /** calls to POST /oauth/v2/accessToken, by grant type */
  tokenCalls = { authorization_code: 0, refresh_token: 0 };
  revoked: string[] = [];
  /** LinkedIn hands out refresh tokens only to apps it enabled for them */
  refreshTokensEnabled = true;
  /** organizations the member administers, by id */
  adminOf = Object.keys(LINKEDIN_FAKE_ORGS);

  protected clearState() {
    this.seq = 0;
    this.listening.reset();
    this.byContent.clear();
    this.codes.clear();
    this.refreshTokens.clear();
    this.tokenInfo = new Map([
      [LINKEDIN_FAKE_TOKEN, { member: LINKEDIN_FAKE_MEMBER, scope: ["openid", "profile", ...ORG_SCOPES].join(" ") }],
    ]);
    this.tokenCalls = { authorization_code: 0, refresh_token: 0 };
    this.revoked = [];
    this.refreshTokensEnabled = true;
    this.adminOf = Object.keys(LINKEDIN_FAKE_ORGS);
    this.images.clear();
  }

  private issue(member: string, scope: string, keepRefresh?: string) {
    const access = newSecret("AQV");
    this.tokens.add(access);
    this.tokenInfo.set(access, { member, scope });
    const answer: Record<string, unknown> = { access_token: access, expires_in: 5_184_000, scope };
    if (this.refreshTokensEnabled) {
      const refresh = keepRefresh ?? newSecret("AQX");
      this.refreshTokens.set(refresh, { member, scope });
      Object.assign(answer, { refresh_token: refresh, refresh_token_expires_in: 31_536_000 });
    }
    return answer;
  }

  /** The www.linkedin.com side: consent, token, revoke (RFC 6749 error bodies); null for API paths. */
  private oauth(ctx: Ctx): Answer | null {
    const p = ctx.url.pathname;
    const oauthError = (status: number, error: string, error_description: string): Answer => ({
      status,
      body: { error, error_description },
    });
    if (p === "/oauth/v2/authorization") {
      const q = ctx.url.searchParams;
      if (q.get("client_id") !== FAKE_OAUTH_CLIENTS.linkedin.id)
        return { status: 400, body: "<h1>Invalid client_id</h1>", headers: { "content-type": "text/html" } };
      if (q.get("response_type") !== "code" || !q.get("redirect_uri"))
        return { status: 400, body: "<h1>Invalid request</h1>", headers: { "content-type": "text/html" } };
      const redirectUri = q.get("redirect_uri")!;
      const code = newSecret("AQT");
      this.codes.set(code, {
        clientId: FAKE_OAUTH_CLIENTS.linkedin.id,
        redirectUri,
        challenge: null,
        userId: LINKEDIN_FAKE_MEMBER,
        used: false,
        scope: (q.get("scope") ?? "").split(/[ ,]+/).filter(Boolean).join(" "),
      });
      const back = (extra: Record<string, string>) => {
        const u = new URL(redirectUri);
        for (const [k, v] of Object.entries({ ...extra, state: q.get("state") ?? "" })) u.searchParams.set(k, v);
        return u.toString();
      };
      return consentPage(
        "LinkedIn",
        "Social CM Orchestrator",
        back({ code }),
        back({ error: "user_cancelled_authorize", error_description: "The user cancelled the authorization" }),
      );
    }
    if (p === "/oauth/v2/accessToken" && ctx.method === "POST") {
      const f = form(ctx);
      if (f.client_id !== FAKE_OAUTH_CLIENTS.linkedin.id || f.client_secret !== FAKE_OAUTH_CLIENTS.linkedin.secret)
        return oauthError(401, "invalid_client", "Client authentication failed");
      if (f.grant_type === "authorization_code") {
        this.tokenCalls.authorization_code++;
        const pending = this.codes.get(f.code ?? "");
        if (!pending || pending.used)
          return oauthError(400, "invalid_grant", "The provided authorization grant is invalid, expired or revoked.");
        if (pending.redirectUri !== f.redirect_uri)
          return oauthError(
            400,
            "invalid_request",
            "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired.",
          );
        pending.used = true;
        return { status: 200, body: this.issue(pending.userId, pending.scope) };
      }
      if (f.grant_type === "refresh_token") {
        this.tokenCalls.refresh_token++;
        const grant = this.refreshTokens.get(f.refresh_token ?? "");
        if (!grant)
          return oauthError(400, "invalid_grant", "The provided refresh token is invalid, expired or revoked.");
        // LinkedIn keeps the refresh token (its life does not restart): only the access token is new.
        return { status: 200, body: this.issue(grant.member, grant.scope, f.refresh_token) };
      }
      return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
    }
    if (p === "/oauth/v2/revoke" && ctx.method === "POST") {
      const f = form(ctx);
      if (f.client_id !== FAKE_OAUTH_CLIENTS.linkedin.id || f.client_secret !== FAKE_OAUTH_CLIENTS.linkedin.secret)
        return oauthError(401, "invalid_client", "Client authentication failed");
      this.tokens.delete(f.token ?? "");
      this.revoked.push(f.token ?? "");
      return { status: 200 };
    }
    if (p.startsWith("/avatars/")) return avatar("M", "#0a66c2");
    return null;
  }

  protected routeOf(method: string, url: URL): RouteKind {
    if (url.pathname === "/rest/posts") return method === "POST" ? "create" : "list";
    if (url.pathname === "/rest/organizationalEntityShareStatistics") return "metrics";
    return "other";
  }

  setStats(urn: string, stats: Partial<LinkedInFakeStats>) {
    const p = this.posts.find((x) => x.id === urn);
    if (p) Object.assign(p.stats, stats);
  }

  protected handle(ctx: Ctx): Answer | Promise<Answer> {
    const oauth = this.oauth(ctx);
    if (oauth) return oauth;
    if (!ctx.token || !this.tokens.has(ctx.token)) {
      return {
        status: 401,
        body: { status: 401, serviceErrorCode: 65600, code: "INVALID_ACCESS_TOKEN", message: "Invalid access token" },
      };
    }
    // OpenID userinfo is not a versioned REST resource: no LinkedIn-Version header there.
    const info = this.tokenInfo.get(ctx.token) ?? { member: LINKEDIN_FAKE_MEMBER, scope: "" };
    if (ctx.url.pathname === "/v2/userinfo" && ctx.method === "GET")
      return {
        status: 200,
        body: {
          sub: info.member,
          name: "Fake Member",
          given_name: "Fake",
          family_name: "Member",
          picture: `${this.url}/avatars/${info.member}.svg`,
          email: "member@example.com",
          email_verified: true,
          locale: { country: "US", language: "en" },
        },
      };
    // The upload URL LinkedIn hands out is not a versioned REST resource.
    const upload = /^\/dms-uploads\/(\d+)$/.exec(ctx.url.pathname);
    if (upload && ctx.method === "PUT") return this.receiveUpload(upload[1], ctx);
    const version = ctx.headers["linkedin-version"];
    if (typeof version !== "string" || !version) {
      return error(
        400,
        "VERSION_MISSING",
        "A version must be present. Please specify a version by adding the LinkedIn-Version header.",
      );
    }
    if (!/^\d{6}(\.\d{2})?$/.test(version) || version.slice(0, 6) < this.minVersion) {
      return error(426, "NONEXISTENT_VERSION", `Requested version ${version} is not active`);
    }
    if (ctx.headers["x-restli-protocol-version"] !== "2.0.0") {
      return error(400, "ILLEGAL_ARGUMENT", "This endpoint requires the header X-Restli-Protocol-Version: 2.0.0");
    }
    const replied = answerLinkedInReplies(this.listening, this.posts, ctx);
    if (replied) return replied;
    const heard = answerLinkedInListening(this.listening, this.posts, ctx);
    if (heard) return heard;
    if (ctx.route === "create") return this.create(ctx);
    if (ctx.route === "list") return this.list(ctx);
    if (ctx.route === "metrics") return this.stats(ctx);
    if (ctx.url.pathname === "/rest/organizationAcls" && ctx.method === "GET") return this.acls(ctx, info);
    if (ctx.url.pathname === "/rest/images" && ctx.method === "POST") return this.initializeUpload(ctx, "image");
    if (ctx.url.pathname === "/rest/documents" && ctx.method === "POST") return this.initializeUpload(ctx, "document");
    const social = /^\/rest\/socialActions\/([^/]+)\/comments$/.exec(ctx.url.pathname);
    if (social) return this.comment(ctx, decodeURIComponent(social[1]));
    const org = /^\/rest\/organizations\/(\d+)$/.exec(ctx.url.pathname);
    // Organizations the fake does not list answer as the default one (the publishing tests use several ids).
    if (org && ctx.method === "GET")
      return {
        status: 200,
        body: { id: Number(org[1]), ...(LINKEDIN_FAKE_ORGS[org[1]] ?? LINKEDIN_FAKE_ORGS["1001"]) },
      };
    return error(404, "NOT_FOUND", `No resource found for ${ctx.url.pathname}`);
  }

  /** image or document URN → its owner and, once PUT to the upload URL, its size (and a PDF's page count) */
  images = new Map<string, { owner: string; n: string; kind: "image" | "document"; bytes?: number; pages?: number }>();

  /**
   * POST /rest/{images|documents}?action=initializeUpload {initializeUploadRequest:{owner}}
   * → {value:{uploadUrl, image | document}}
   */
  private initializeUpload(ctx: Ctx, kind: "image" | "document"): Answer {
    if (ctx.url.searchParams.get("action") !== "initializeUpload")
      return error(400, "ILLEGAL_ARGUMENT", "Unsupported action");
    const req = parseBody(ctx).initializeUploadRequest as { owner?: unknown } | undefined;
    if (typeof req?.owner !== "string" || !/^urn:li:(organization|person):\w+$/.test(req.owner))
      return inputError(
        "/initializeUploadRequest/owner",
        "FIELD_REQUIRED",
        "Field is required but not found and has no default value",
      );
    const n = String(++this.seq);
    const urn = `urn:li:${kind}:${kind === "image" ? "C4D10AQ" : "D4D10AQ"}${n.padStart(10, "0")}`;
    this.images.set(urn, { owner: req.owner, n, kind });
    return {
      status: 200,
      body: {
        value: { uploadUrlExpiresAt: Date.now() + 3600_000, uploadUrl: `${this.url}/dms-uploads/${n}`, [kind]: urn },
      },
    };
  }

  /** Images must be images; documents must be PDFs that open (LinkedIn converts each page for the viewer). */
  private async receiveUpload(n: string, ctx: Ctx): Promise<Answer> {
    const entry = [...this.images.values()].find((i) => i.n === n);
    if (!entry) return error(404, "NOT_FOUND", "Unknown upload");
    if (entry.kind === "image") {
      if (!isImage(ctx.raw)) return error(400, "ILLEGAL_ARGUMENT", "The uploaded file is not an image");
    } else {
      try {
        entry.pages = (await PDFDocument.load(ctx.raw)).getPageCount();
      } catch {
        return error(400, "ILLEGAL_ARGUMENT", "The uploaded file is not a readable PDF");
      }
    }
    entry.bytes = ctx.raw.length;
    return { status: 201 };
  }

  /** POST {actor, object, message:{text}} answers 201 with the comment URN; GETs are the listening fake's. */
  private comment(ctx: Ctx, urn: string): Answer {
    const post = this.posts.find((p) => p.id === urn);
    if (!post || ctx.method !== "POST") return error(404, "NOT_FOUND", `Not found: ${urn}`);
    const b = parseBody(ctx);
    const message = b.message as { text?: unknown } | undefined;
    if (typeof b.actor !== "string" || !/^urn:li:(organization|person):\w+$/.test(b.actor))
      return inputError("/actor", "FIELD_REQUIRED", "Field is required but not found and has no default value");
    if (b.object !== urn) return inputError("/object", "INVALID_VALUE", "object must be the post in the path");
    if (typeof message?.text !== "string" || !message.text.trim())
      return inputError("/message/text", "FIELD_REQUIRED", "Field is required but not found and has no default value");
    const commentId = String(7100000000000000000n + BigInt(++this.seq));
    const id = `urn:li:comment:(urn:li:activity:${urn.split(":").at(-1)},${commentId})`;
    const createdAt = Date.now();
    this.listening.commentsOf(post.id, post.createdAt).push({
      id: commentId,
      authorId: `org${b.actor.split(":").at(-1)}`,
      authorName: "Page",
      text: message.text,
      createdAt,
    });
    this.comments.push({ id, postId: urn, text: message.text, createdAt });
    return {
      status: 201,
      headers: { "x-restli-id": id },
      body: { $URN: id, object: urn, message: { text: message.text } },
    };
  }

  /** The organizations a member administers; a token without the organization scopes gets 403. */
  private acls(ctx: Ctx, info: { member: string; scope: string }): Answer {
    const q = ctx.url.searchParams;
    if (q.get("q") !== "roleAssignee")
      return error(400, "ILLEGAL_ARGUMENT", "Missing or invalid finder q=roleAssignee");
    const scopes = info.scope.split(" ");
    if (!ORG_SCOPES.some((s) => scopes.includes(s)))
      return error(403, "ACCESS_DENIED", "Not enough permissions to access: organizationAcls.FINDER-roleAssignee");
    const role = q.get("role") ?? "ADMINISTRATOR";
    const state = q.get("state") ?? "APPROVED";
    const elements =
      role === "ADMINISTRATOR" && state === "APPROVED"
        ? this.adminOf.map((id) => ({
            roleAssignee: `urn:li:person:${info.member}`,
            state,
            role,
            organization: `urn:li:organization:${id}`,
          }))
        : [];
    return { status: 200, body: { paging: { start: 0, count: 10, links: [], total: elements.length }, elements } };
  }

  private create(ctx: Ctx): Answer {
    const b = parseBody(ctx);
    for (const field of ["author", "commentary", "visibility", "distribution", "lifecycleState"]) {
      if (b[field] === undefined)
        return inputError(`/${field}`, "FIELD_REQUIRED", "Field is required but not found and has no default value");
    }
    const author = String(b.author);
    if (!/^urn:li:(organization|person):\w+$/.test(author))
      return inputError("/author", "INVALID_URN", `Invalid author ${author}`);
    const commentary = String(b.commentary);
    if (commentary.length > MAX_LENGTH) {
      return inputError(
        "/commentary",
        "FIELD_VALUE_TOO_LONG",
        `Length of commentary ${commentary.length} exceeds the maximum allowed length of ${MAX_LENGTH}`,
      );
    }
    const content = (b.content ?? null) as { media?: { id?: unknown; title?: unknown } } | null;
    const mediaId = content?.media?.id === undefined ? null : String(content.media.id);
    const mediaTitle = typeof content?.media?.title === "string" ? content.media.title : null;
    const upload = mediaId === null ? null : this.images.get(mediaId);
    if (mediaId !== null && upload?.bytes === undefined)
      return inputError("/content/media/id", "INVALID_VALUE", `Media ${mediaId} is not found or not ready`);
    if (upload?.kind === "document" && !mediaTitle?.trim())
      return inputError("/content/media/title", "FIELD_REQUIRED", "A document post requires a title");
    const dup = this.byContent.get(`${author}\n${commentary}`);
    if (dup) return duplicate(dup);
    const n = ++this.seq;
    const id = `urn:li:share:${7300000000000000000n + BigInt(n)}`;
    this.byContent.set(`${author}\n${commentary}`, id);
    const impressions = 200 + seeded(n, 1, 2000);
    this.posts.push({
      id,
      author,
      commentary,
      visibleText: renderLittleText(commentary),
      mediaId,
      mediaTitle,
      createdAt: Date.now(),
      stats: {
        impressionCount: impressions,
        uniqueImpressionsCount: Math.floor(impressions * 0.7),
        clickCount: seeded(n, 2, 60),
        likeCount: seeded(n, 3, 80),
        commentCount: seeded(n, 4, 15),
        shareCount: seeded(n, 5, 10),
      },
    });
    return { status: 201, headers: { "x-restli-id": id, "x-linkedin-id": id } };
  }

  private list(ctx: Ctx): Answer {
    const q = ctx.url.searchParams;
    if (q.get("q") !== "author") return error(400, "ILLEGAL_ARGUMENT", "Missing or invalid finder q=author");
    const author = q.get("author");
    if (!author) return error(400, "ILLEGAL_ARGUMENT", "Query parameter author is required");
    const count = Math.min(100, Number(q.get("count") ?? 10));
    const start = Number(q.get("start") ?? 0);
    const mine = this.posts.filter((p) => p.author === author).sort((a, b) => b.createdAt - a.createdAt);
    const elements = mine.slice(start, start + count).map((p) => ({
      id: p.id,
      author: p.author,
      commentary: p.commentary,
      visibility: "PUBLIC",
      lifecycleState: "PUBLISHED",
      createdAt: p.createdAt,
      publishedAt: p.createdAt,
      lastModifiedAt: p.createdAt,
      distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
    }));
    return { status: 200, body: { paging: { start, count, links: [], total: mine.length }, elements } };
  }

  private stats(ctx: Ctx): Answer {
    const q = ctx.url.searchParams;
    const org = q.get("organizationalEntity");
    if (q.get("q") !== "organizationalEntity" || !org)
      return error(400, "ILLEGAL_ARGUMENT", "q=organizationalEntity and organizationalEntity are required");
    const list = (name: string) => {
      const v = q.get(name);
      if (!v) return [];
      const m = /^List\((.*)\)$/.exec(v);
      if (!m) throw new Error(`${name} must be List(...)`);
      return m[1]
        .split(",")
        .map((s) => decodeURIComponent(s))
        .filter(Boolean);
    };
    let shares: string[];
    let ugcPosts: string[];
    try {
      shares = list("shares");
      ugcPosts = list("ugcPosts");
    } catch (e) {
      return error(400, "ILLEGAL_ARGUMENT", (e as Error).message);
    }
    const elements = [...shares, ...ugcPosts]
      .map((urn) => this.posts.find((p) => p.id === urn && p.author === org))
      .filter((p): p is LinkedInFakePost => Boolean(p))
      .map((p) => {
        const s = p.stats;
        const engagement = s.impressionCount
          ? (s.clickCount + s.likeCount + s.commentCount + s.shareCount) / s.impressionCount
          : 0;
        return { organizationalEntity: org, share: p.id, totalShareStatistics: { ...s, engagement } };
      });
    return { status: 200, body: { paging: { start: 0, count: 10, links: [] }, elements } };
  }

  protected failureAnswer(
    kind: Exclude<FailureKind, "latency" | "reset" | "reset_after_accept" | "timeout_after_accept">,
    opts: FailOptions,
    ctx: Ctx,
  ): Answer {
    switch (kind) {
      case "5xx":
        return error(opts.status ?? 503, "SERVICE_UNAVAILABLE", "Service Unavailable");
      case "429": {
        const a = error(
          429,
          "TOO_MANY_REQUESTS",
          "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
        );
        return opts.retryAfter !== undefined ? { ...a, headers: { "retry-after": String(opts.retryAfter) } } : a;
      }
      case "401":
        return {
          status: 401,
          body: {
            status: 401,
            serviceErrorCode: 65601,
            code: "REVOKED_ACCESS_TOKEN",
            message: "The token used in the request has been revoked by the user",
          },
        };
      case "duplicate": {
        const author = String(parseBody(ctx).author ?? "");
        return duplicate(this.posts.find((p) => p.author === author)?.id ?? "urn:li:share:7000000000000000001");
      }
      case "400":
        return error(400, "ILLEGAL_ARGUMENT", "Syntax exception in path variables");
    }
  }
}
