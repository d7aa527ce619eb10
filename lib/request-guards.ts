import { AppError, notFound } from "@/lib/errors";
import { envPick, trustProxy } from "@/lib/env";
import { msg } from "@/lib/i18n/render-text";

export const MAX_JSON_BYTES = 1024 * 1024;

/** Reads a body up to `max` bytes and stops reading (413) beyond it, whatever Content-Length claims. */
async function readCapped(req: Request, max: number, what: string): Promise<Buffer> {
  const tooLarge = () => new AppError("payload_too_large", msg("errors.request.tooLarge", { what, max }));
  if (Number(req.headers.get("content-length") ?? 0) > max) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A binary body (an uploaded image), refused as soon as it grows past `max`. */
export async function readBytesCapped(req: Request, max: number): Promise<Uint8Array> {
  return readCapped(req, max, "upload");
}

export async function readBodyCapped(req: Request, max = MAX_JSON_BYTES): Promise<string> {
  return new TextDecoder("utf-8", { fatal: false }).decode(await readCapped(req, max, "request body"));
}

// NUL cannot be stored in PostgreSQL text, and an unpaired surrogate cannot be encoded as UTF-8.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Finds the first string (or key) in a JSON value that the database could not store; returns its path. */
export function findUnstorableText(value: unknown, path: (string | number)[] = []): string | null {
  if (typeof value === "string") return UNSTORABLE.test(value) ? path.join(".") || "(root)" : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findUnstorableText(value[i], [...path, i]);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (UNSTORABLE.test(k)) return [...path, k].join(".");
      const hit = findUnstorableText(v, [...path, k]);
      if (hit !== null) return hit;
    }
  }
  return null;
}

export function assertStorableText(value: unknown, where: string): void {
  const path = findUnstorableText(value);
  if (path !== null)
    throw new AppError("bad_request", msg("errors.request.unstorable", { where }), [
      { path, message: msg("errors.detail.unstorable") },
    ]);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origin this app is served from: NEXTAUTH_URL when set, else what the request says it reached. */
type RequestLike = Pick<Request, "method" | "headers" | "url">;

function expectedOrigin(req: RequestLike): string {
  const { NEXTAUTH_URL } = envPick(["NEXTAUTH_URL"]);
  if (NEXTAUTH_URL) return new URL(NEXTAUTH_URL).origin;
  const url = new URL(req.url);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? url.host;
  const proto = req.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}

/**
 * A mutation authenticated by cookie must come from this site: browsers send Sec-Fetch-Site and Origin on
 * every cross-site POST, so a missing or foreign value is refused (403). API-token requests do not come here.
 */
export function assertSameOrigin(req: RequestLike): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const refused = () => new AppError("forbidden", msg("errors.request.crossSite"));
  if (site && site !== "same-origin" && site !== "none") throw refused();
  if (origin ? origin !== expectedOrigin(req) : !site) throw refused();
}

/** PostgreSQL data exceptions and constraint races are the caller's problem (4xx), never a 500. */
export function databaseErrorToAppError(err: unknown): AppError | null {
  if (!err || typeof err !== "object") return null;
  const e = err as { code?: string; meta?: Record<string, unknown>; message?: string; cause?: unknown };
  if (e.code === "P2002") return new AppError("conflict", msg("errors.request.duplicate"));
  if (e.code === "P2025") return notFound("record");
  const text = `${e.message ?? ""} ${JSON.stringify(e.meta ?? {})}`;
  const sqlState = /\b(22\d{3}|22P0\d)\b/.exec(text)?.[1];
  if (sqlState || /invalid byte sequence|out of range|time zone .* not recognized|date\/time field value/i.test(text))
    return new AppError("bad_request", msg("errors.request.badValue"));
  return null;
}

/** Set by scripts/lib/request-preload.cjs, which replaces PEER_ADDRESS_HEADER on every request with the socket's address. */
const PEER_ADDRESS_MARK = Symbol.for("scm.peer-address-header");
export const PEER_ADDRESS_HEADER = "x-scm-peer-address";

/**
 * The client's address, only used to key rate limits. X-Forwarded-For is anyone's to write, so it counts
 * only behind a proxy we were told to trust (TRUST_PROXY=1, or Vercel): then the last entry is the address
 * that proxy saw. Otherwise the address is the TCP peer's, as npm start's server reports it.
 */
export function clientIp(req: Pick<Request, "headers">, trusted = trustProxy()): string {
  if (trusted) {
    const hops = (req.headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim());
    const last = hops.filter(Boolean).at(-1);
    if (last) return last;
  }
  const fromSocket = (globalThis as Record<symbol, unknown>)[PEER_ADDRESS_MARK] === true;
  return (fromSocket && req.headers.get(PEER_ADDRESS_HEADER)?.trim()) || "unknown";
}
