import http from "node:http";
import https from "node:https";

const NULL_BODY = new Set([101, 204, 205, 304]);

/** The body as bytes; multipart and other web bodies are encoded the way fetch would, content type included. */
async function requestBody(
  body: RequestInit["body"],
  headers: Record<string, string>,
): Promise<string | Buffer | undefined> {
  if (body == null) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  const encoded = new Response(body);
  const type = encoded.headers.get("content-type");
  if (type && !headers["content-type"]) headers["content-type"] = type;
  return Buffer.from(await encoded.arrayBuffer());
}

/** An answer's headers as node:http parsed them (names lowercased), read through the part of Headers callers use. */
class AnswerHeaders {
  constructor(private readonly raw: http.IncomingHttpHeaders) {}
  get(name: string): string | null {
    const v = this.raw[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
  forEach(fn: (value: string, key: string) => void): void {
    for (const key of Object.keys(this.raw)) fn(this.get(key)!, key);
  }
  *entries(): IterableIterator<[string, string]> {
    for (const key of Object.keys(this.raw)) yield [key, this.get(key)!];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
}

/** The answer, already read: a web Response would wrap these bytes in a stream only to read them back. */
class WholeAnswer {
  readonly ok: boolean;
  constructor(
    readonly status: number,
    readonly headers: AnswerHeaders,
    private readonly bytes: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
  }
  async text() {
    return this.bytes.toString("utf8");
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.bytes.toString("utf8"));
  }
  async arrayBuffer() {
    return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength);
  }
}

interface Target {
  mod: typeof http | typeof https;
  options: http.RequestOptions;
}

/** Request headers as a plain object with lowercased names; a plain object is copied without a Headers in between. */
function headerObject(init: HeadersInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (init && !(init instanceof Headers) && !Array.isArray(init)) {
    for (const key of Object.keys(init)) headers[key.toLowerCase()] = String(init[key]);
  } else new Headers(init).forEach((value, key) => (headers[key] = value));
  return headers;
}

/**
 * A fetch for one network's API (fixed, configured base URLs; user-supplied URLs go through
 * outbound-fetch instead): a pool of keep-alive sockets capped at `maxSockets`, on node:http. The
 * global fetch's web streams cost this process more CPU per send than everything else in the
 * publishing path together. It implements what the adapters use: method, headers, a body (string,
 * bytes, or multipart encoded as fetch would), an abort signal, and an answer read whole.
 * A send's own overhead here is most of what publishing costs this process, so the few URLs a
 * network's adapter calls are parsed once, and the abort signal is followed with one listener rather
 * than through node:http's stream bookkeeping.
 */
export function keepAliveFetch(opts: { maxSockets: number }): typeof fetch {
  const agentOpts = { keepAlive: true, maxSockets: opts.maxSockets, maxFreeSockets: opts.maxSockets, timeout: 30_000 };
  const agents = { "http:": new http.Agent(agentOpts), "https:": new https.Agent(agentOpts) };
  const targets = new Map<string, Target>();
  const targetOf = (href: string): Target => {
    let target = targets.get(href);
    if (target) return target;
    const url = new URL(href);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`Unsupported URL: ${url.href}`);
    target = {
      mod: url.protocol === "https:" ? https : http,
      options: {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ""),
        port: url.port || undefined,
        path: url.pathname + url.search,
        agent: agents[url.protocol],
      },
    };
    // Ids in paths (a Page per brand) keep the map growing; start over rather than hold every one.
    if (targets.size >= 1000) targets.clear();
    targets.set(href, target);
    return target;
  };
  const keepAlive = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const target = targetOf(input instanceof Request ? input.url : input.toString());
    const headers = headerObject(init.headers);
    const body = await requestBody(init.body, headers);
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
    const signal = init.signal;
    signal?.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      const abort = () => req.destroy(signal?.reason);
      const req = target.mod.request({ ...target.options, method: init.method ?? "GET", headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          signal?.removeEventListener("abort", abort);
          const status = res.statusCode ?? 0;
          const bytes = NULL_BODY.has(status)
            ? Buffer.alloc(0)
            : chunks.length === 1
              ? chunks[0]
              : Buffer.concat(chunks);
          resolve(new WholeAnswer(status, new AnswerHeaders(res.headers), bytes) as never);
        });
      });
      req.on("error", (err) => {
        signal?.removeEventListener("abort", abort);
        reject(err);
      });
      signal?.addEventListener("abort", abort, { once: true });
      req.end(body);
    });
  };
  return keepAlive as typeof fetch;
}
