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

/** The answer, already read: a web Response would wrap these bytes in a stream only to read them back. */
class WholeAnswer {
  readonly ok: boolean;
  constructor(
    readonly status: number,
    readonly headers: Headers,
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

/**
 * A fetch for one network's API (fixed, configured base URLs; user-supplied URLs go through
 * outbound-fetch instead): a pool of keep-alive sockets capped at `maxSockets`, on node:http. The
 * global fetch's web streams cost this process more CPU per send than everything else in the
 * publishing path together. It implements what the adapters use: method, headers, a body (string,
 * bytes, or multipart encoded as fetch would), an abort signal, and an answer read whole.
 */
export function keepAliveFetch(opts: { maxSockets: number }): typeof fetch {
  const agentOpts = { keepAlive: true, maxSockets: opts.maxSockets, maxFreeSockets: opts.maxSockets, timeout: 30_000 };
  const agents = { "http:": new http.Agent(agentOpts), "https:": new https.Agent(agentOpts) };
  const keepAlive = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`Unsupported URL: ${url.href}`);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const body = await requestBody(init.body, headers);
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
    const mod = url.protocol === "https:" ? https : http;
    return new Promise<Response>((resolve, reject) => {
      const req = mod.request(
        url,
        {
          method: init.method ?? "GET",
          headers,
          agent: agents[url.protocol as "http:"],
          signal: init.signal ?? undefined,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", reject);
          res.on("end", () => {
            const h = new Headers();
            for (const [k, v] of Object.entries(res.headers)) {
              if (Array.isArray(v)) v.forEach((x) => h.append(k, x));
              else if (v !== undefined) h.set(k, v);
            }
            const status = res.statusCode ?? 0;
            resolve(
              new WholeAnswer(status, h, NULL_BODY.has(status) ? Buffer.alloc(0) : Buffer.concat(chunks)) as never,
            );
          });
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  };
  return keepAlive as typeof fetch;
}
