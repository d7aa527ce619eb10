import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { outboundAllowedHosts } from "@/lib/env";

/**
 * The one way the server fetches a URL a user gave it (feeds, webhooks, previews, media, OAuth).
 * Only http(s); every address a host resolves to must be public unicast, checked at connect time so a
 * DNS answer cannot change between the check and the connection; every redirect hop is checked again;
 * size and time are capped. Failures throw OutboundError: its `message` is safe to show, `detail` is for logs.
 */

export interface OutboundOptions {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string | Buffer;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** `host` or `host:port` entries that may be private; defaults to OUTBOUND_ALLOWED_HOSTS */
  allowedHosts?: string[];
  /** the message shown to the user when anything goes wrong */
  publicMessage?: string;
  /** for tests: resolve names differently */
  lookup?: typeof dnsLookup;
}

interface OutboundResponse {
  status: number;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text(): string;
}

export class OutboundError extends Error {
  constructor(
    message: string,
    public readonly detail: string,
  ) {
    super(message);
    this.name = "OutboundError";
  }
}

const DEFAULTS = { maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 };

function splitEntry(entry: string): [string, string | undefined] {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return [bracketed[1], bracketed[2]];
  if (entry.split(":").length > 2) return [entry, undefined]; // a bare IPv6 address
  const [host, port] = entry.split(":");
  return [host, port];
}

function isAllowListed(url: URL, allowed: string[]): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allowed.some((entry) => {
    const [h, p] = splitEntry(entry);
    return h === host && (p === undefined || p === port);
  });
}

/** True only for public unicast addresses; IPv4-mapped IPv6 is judged as the IPv4 inside it. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  // The deprecated IPv4-compatible form (::a.b.c.d, written ::a9fe:a9fe by the URL parser) is no public host.
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).parts.slice(0, 6).every((p) => p === 0)) return false;
  return ip.range() === "unicast";
}

function guardedLookup(base: typeof dnsLookup, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    base(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 4);
      const list = (Array.isArray(addresses) ? addresses : [{ address: addresses, family: 4 }]) as LookupAddress[];
      const bad = list.find((a) => !isPublicAddress(a.address));
      if (!allowPrivate && bad) {
        return callback(
          Object.assign(new Error(`${hostname} resolves to blocked address ${bad.address}`), { code: "EBLOCKED" }),
          "",
          4,
        );
      }
      if (list.length === 0) return callback(new Error(`${hostname} has no address`), "", 4);
      if (options.all) return callback(null, list as unknown as string, 0);
      callback(null, list[0].address, list[0].family);
    });
  };
}

function checkUrl(url: URL, allowPrivate: boolean) {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`scheme ${url.protocol} is not allowed`);
  if (url.username || url.password) throw new Error("credentials in URLs are not allowed");
  // "LOCALHOST." is localhost: a name may end with the root's dot
  const host = url.hostname
    .replace(/^\[|\]$/g, "")
    .toLowerCase()
    .replace(/\.$/, "");
  if (allowPrivate) return;
  // localhost names are loopback by definition (RFC 6761), whatever a resolver would answer
  if ((ipaddr.isValid(host) && !isPublicAddress(host)) || /(^|\.)localhost(\.localdomain)?$/.test(host))
    throw new Error(`address ${host} is blocked`);
}

function requestOnce(url: URL, opts: OutboundOptions, allowPrivate: boolean, deadline: number, maxBytes: number) {
  return new Promise<OutboundResponse>((resolve, reject) => {
    const mod = url.protocol === "https:" ? https : http;
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new Error("timed out"));
    const req = mod.request(url, {
      method: opts.method ?? "GET",
      headers: { "user-agent": "SocialCMOrchestrator/1.0", ...opts.headers },
      lookup: guardedLookup(opts.lookup ?? dnsLookup, allowPrivate),
      agent: false,
    });
    let done = false;
    const settle = (err: Error | null, value?: OutboundResponse) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(value!);
    };
    const timer = setTimeout(() => settle(new Error("timed out")), remaining);
    req.on("error", (err) => settle(err));
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > maxBytes) return settle(new Error(`response of ${declared} bytes exceeds ${maxBytes}`));
      res.on("data", (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) settle(new Error(`response exceeds ${maxBytes} bytes`));
        else chunks.push(c);
      });
      res.on("error", (err) => settle(err));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        settle(null, {
          status: res.statusCode ?? 0,
          url: url.toString(),
          headers: res.headers,
          body,
          text: () => body.toString("utf8"),
        });
      });
    });
    req.end(opts.body);
  });
}

/**
 * Why a URL a person saves (a webhook) would be refused when fetched, as far as can be told without a
 * DNS lookup: a scheme other than http(s), credentials, or a private address or localhost not allow-listed.
 * Null when it may be used. Every fetch still goes through outboundFetch, which also checks DNS answers.
 */
export function refusedOutboundUrl(rawUrl: string, allowed = outboundAllowedHosts()): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return "not a valid URL";
  }
  try {
    checkUrl(url, isAllowListed(url, allowed));
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export async function outboundFetch(rawUrl: string, opts: OutboundOptions = {}): Promise<OutboundResponse> {
  const allowed = opts.allowedHosts ?? outboundAllowedHosts();
  const maxBytes = opts.maxBytes ?? DEFAULTS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? DEFAULTS.maxRedirects;
  const deadline = Date.now() + (opts.timeoutMs ?? DEFAULTS.timeoutMs);
  const fail = (detail: string) => {
    console.warn(`[outbound] refused or failed ${rawUrl.slice(0, 300)}: ${detail}`);
    return new OutboundError(opts.publicMessage ?? "Could not fetch the URL.", detail);
  };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw fail("not a valid URL");
  }
  for (let hop = 0; ; hop++) {
    const allowPrivate = isAllowListed(url, allowed);
    let res: OutboundResponse;
    try {
      checkUrl(url, allowPrivate);
      res = await requestOnce(url, opts, allowPrivate, deadline, maxBytes);
    } catch (err) {
      throw fail(`${url.host}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const location = res.headers.location;
    if (res.status < 300 || res.status >= 400 || !location) return res;
    if (hop >= maxRedirects) throw fail(`more than ${maxRedirects} redirects`);
    try {
      url = new URL(location, url);
    } catch {
      throw fail(`bad redirect location ${location.slice(0, 200)}`);
    }
    if (res.status === 303) opts = { ...opts, method: "GET", body: undefined };
  }
}
