import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Shared machinery of the network fakes: a node:http server on port 0, a queue of injected
 * failures, request counters and an artificial latency. Each network subclass answers like the
 * real API (paths, headers, bodies) and decides which requests are "create" requests.
 */

export type FailureKind =
  "5xx" | "timeout_after_accept" | "reset" | "reset_after_accept" | "429" | "401" | "duplicate" | "400" | "latency";

export type RouteKind = "create" | "list" | "metrics" | "other";

export interface FailOptions {
  /** which requests the failure applies to; create-only kinds default to "create", the others to "any" */
  on?: RouteKind | "any";
  /** how many matching requests fail (default 1) */
  times?: number;
  /** let this many matching requests through first (a thread failing at its third part: skip 2) */
  skip?: number;
  /** HTTP status override (5xx: default 503; Facebook rate limits: default 400) */
  status?: number;
  /** timeout_after_accept: destroy the socket after this delay instead of never answering */
  delayMs?: number;
  /** latency: delay in ms added to every request until reset() */
  ms?: number;
  /** 429: seconds until the limit resets (X: x-rate-limit-reset; LinkedIn/any: Retry-After when retryAfter is set) */
  resetInSeconds?: number;
  /** 429: send a Retry-After header with this many seconds */
  retryAfter?: number;
  /** Facebook 429: Graph error code (4, 17, 32 or 613; default 4) */
  code?: number;
  /** Facebook 429: error_subcode, e.g. 1390008 "posting too fast" */
  subcode?: number;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Ctx {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
  /** the body's bytes, for uploads */
  raw: Buffer;
  route: RouteKind;
  token: string | null;
}

/** A comment under a post (LinkedIn socialActions, Facebook /{post-id}/comments). */
export interface FakeComment {
  id: string;
  postId: string;
  text: string;
  createdAt: number;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const CREATE_ONLY: FailureKind[] = ["timeout_after_accept", "reset_after_accept", "duplicate"];

export abstract class FakeServer<P> {
  posts: P[] = [];
  comments: FakeComment[] = [];
  receivedCreates = 0;
  requests: ReceivedRequest[] = [];
  tokens = new Set<string>();
  url = "";
  protected latencyMs = 0;
  private queue: { kind: FailureKind; opts: FailOptions; left: number }[] = [];
  private server: Server | null = null;

  constructor(readonly defaultToken: string) {
    this.tokens.add(defaultToken);
  }

  protected abstract routeOf(method: string, url: URL): RouteKind;
  protected abstract handle(ctx: Ctx): Answer | Promise<Answer>;
  protected abstract failureAnswer(
    kind: Exclude<FailureKind, "latency" | "reset" | "reset_after_accept" | "timeout_after_accept">,
    opts: FailOptions,
    ctx: Ctx,
  ): Answer;
  /** headers every answer carries (rate-limit and usage headers) */
  protected commonHeaders(_ctx: Ctx, _status: number): Record<string, string> {
    return {};
  }
  protected clearState(): void {}

  failNext(kind: FailureKind, opts: FailOptions = {}): this {
    if (kind === "latency") {
      this.latencyMs = opts.ms ?? opts.delayMs ?? 0;
      return this;
    }
    this.queue.push({ kind, opts, left: opts.times ?? 1 });
    return this;
  }

  setLatency(ms: number): this {
    this.latencyMs = ms;
    return this;
  }

  revokeToken(token: string): void {
    this.tokens.delete(token);
  }

  reset(): void {
    this.posts = [];
    this.comments = [];
    this.receivedCreates = 0;
    this.requests = [];
    this.queue = [];
    this.latencyMs = 0;
    this.tokens = new Set([this.defaultToken]);
    this.clearState();
  }

  async start(port = 0): Promise<string> {
    const server = createServer((req, res) => void this.onRequest(req, res));
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private takeFailure(route: RouteKind) {
    const i = this.queue.findIndex((f) => {
      const on = f.opts.on ?? (CREATE_ONLY.includes(f.kind) ? "create" : "any");
      return on === "any" || on === route;
    });
    if (i < 0) return null;
    const f = this.queue[i];
    if (f.opts.skip) {
      f.opts = { ...f.opts, skip: f.opts.skip - 1 };
      return null;
    }
    if (--f.left <= 0) this.queue.splice(i, 1);
    return f;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const body = raw.toString("utf8");
    const url = new URL(req.url ?? "/", "http://fake.local");
    const auth = req.headers.authorization;
    const bearer = typeof auth === "string" && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, "").trim() : null;
    const route = this.routeOf(req.method ?? "GET", url);
    const ctx: Ctx = { method: req.method ?? "GET", url, headers: req.headers, body, raw, route, token: bearer };
    this.requests.push({ method: ctx.method, path: url.pathname + url.search, headers: req.headers, body });
    if (route === "create") this.receivedCreates++;
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));

    const failure = this.takeFailure(route);
    if (failure) {
      switch (failure.kind) {
        case "reset":
          req.socket.destroy();
          return;
        case "reset_after_accept":
          void this.handle(ctx);
          req.socket.destroy();
          return;
        case "timeout_after_accept":
          void this.handle(ctx);
          if (failure.opts.delayMs !== undefined) setTimeout(() => req.socket.destroy(), failure.opts.delayMs);
          return; // otherwise never answer; stop() closes the socket
        case "latency":
          break;
        default:
          return this.write(res, ctx, this.failureAnswer(failure.kind, failure.opts, ctx));
      }
    }
    let answer: Answer;
    try {
      answer = await this.handle(ctx);
    } catch (err) {
      answer = { status: 500, body: { message: `fake crashed: ${err instanceof Error ? err.message : String(err)}` } };
    }
    this.write(res, ctx, answer);
  }

  private write(res: ServerResponse, ctx: Ctx, a: Answer) {
    const headers: Record<string, string> = { ...this.commonHeaders(ctx, a.status), ...(a.headers ?? {}) };
    let payload = "";
    if (a.body !== undefined) {
      payload = typeof a.body === "string" ? a.body : JSON.stringify(a.body);
      headers["content-type"] ??= "application/json";
    }
    res.writeHead(a.status, headers);
    res.end(payload);
  }
}

export function parseBody(ctx: Ctx): Record<string, unknown> {
  const type = String(ctx.headers["content-type"] ?? "");
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(ctx.body));
  if (!ctx.body) return {};
  try {
    const v = JSON.parse(ctx.body);
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Deterministic small numbers for a post's default metrics. */
export function seeded(n: number, salt: number, max: number): number {
  let h = (n * 2654435761 + salt * 40503) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  return h % max;
}
