import http from "node:http";
import https from "node:https";

const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetch for one network's API (fixed, configured base URLs; user-supplied URLs go through
 * outbound-fetch instead): a pool of keep-alive sockets capped at `maxSockets`, on node:http. The
 * global fetch's web streams cost this process more CPU per send than everything else in the
 * publishing path together. It implements what the adapters use: method, headers, a string body,
 * an abort signal, and an answer read whole.
 */
export function keepAliveFetch(opts: { maxSockets: number }): typeof fetch {
  const agentOpts = { keepAlive: true, maxSockets: opts.maxSockets, maxFreeSockets: opts.maxSockets, timeout: 30_000 };
  const agents = { "http:": new http.Agent(agentOpts), "https:": new https.Agent(agentOpts) };
  const keepAlive = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`Unsupported URL: ${url.href}`);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const body = init.body == null ? undefined : typeof init.body === "string" ? init.body : undefined;
    if (init.body != null && body === undefined) throw new TypeError("keepAliveFetch sends string bodies only");
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
            resolve(new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), { status, headers: h }));
          });
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  };
  return keepAlive as typeof fetch;
}
