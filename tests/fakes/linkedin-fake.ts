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

export const LINKEDIN_FAKE_TOKEN = "li-test-token";

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
  /** the oldest LinkedIn-Version still served */
  minVersion = "202405";

  constructor() {
    super(LINKEDIN_FAKE_TOKEN);
  }

  /** author + commentary → post id, so the duplicate check stays O(1) in large benchmarks */
  private byContent = new Map<string, string>();

  protected clearState() {
    this.seq = 0;
    this.byContent.clear();
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

  protected handle(ctx: Ctx): Answer {
    if (!ctx.token || !this.tokens.has(ctx.token)) {
      return {
        status: 401,
        body: { status: 401, serviceErrorCode: 65600, code: "INVALID_ACCESS_TOKEN", message: "Invalid access token" },
      };
    }
    // OpenID userinfo is not a versioned REST resource: no LinkedIn-Version header there.
    if (ctx.url.pathname === "/v2/userinfo" && ctx.method === "GET")
      return { status: 200, body: { sub: "fake-member-1", name: "Fake Member", email: "member@example.com" } };
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
    if (ctx.route === "create") return this.create(ctx);
    if (ctx.route === "list") return this.list(ctx);
    if (ctx.route === "metrics") return this.stats(ctx);
    const org = /^\/rest\/organizations\/(\d+)$/.exec(ctx.url.pathname);
    if (org && ctx.method === "GET")
      return { status: 200, body: { id: Number(org[1]), localizedName: "Fake Organization", vanityName: "fake-org" } };
    return error(404, "NOT_FOUND", `No resource found for ${ctx.url.pathname}`);
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
