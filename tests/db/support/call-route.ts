import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { getDb } from "@/lib/db";
import { startSession } from "@/lib/sessions/start-session";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  path?: string;
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  /** a binary body (an image upload), sent as application/octet-stream */
  bytes?: Uint8Array;
  token?: string;
  userId?: string;
  /** an existing session of `userId` (default: a new one, as a fresh sign-in) */
  sessionId?: string;
  headers?: Record<string, string>;
}

export const TEST_SECRET = "test-nextauth-secret-0123456789abcdef";

/** The cookie next-auth sets at sign-in: a signed JWT naming the user and their session row. */
export async function sessionCookie(userId: string, sessionId?: string) {
  const sid = sessionId ?? (await startSession({ db: getDb(), userId, now: new Date() })).id;
  const jwt = await encode({ token: { uid: userId, sub: userId, sid }, secret: TEST_SECRET });
  return `next-auth.session-token=${jwt}`;
}

/** Calls a real route handler the way Next does, with an API token or a real next-auth session cookie. */
export async function callRoute(handler: Handler, opts: CallOptions = {}) {
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  if (opts.userId) {
    const session = await sessionCookie(opts.userId, opts.sessionId);
    headers.set("cookie", [session, opts.headers?.cookie].filter(Boolean).join("; "));
    // What a browser sends with a request from the app's own pages.
    if (!headers.has("origin")) headers.set("origin", "http://localhost:3000");
    if (!headers.has("sec-fetch-site")) headers.set("sec-fetch-site", "same-origin");
  }
  let body: string | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers.set("content-type", "application/json");
  if (opts.bytes) headers.set("content-type", "application/octet-stream");
  const req = new NextRequest(new URL(opts.path ?? "/api/test", "http://localhost:3000"), {
    method: opts.method ?? "GET",
    headers,
    body: opts.bytes ? Buffer.from(opts.bytes) : body,
  });
  const res = await handler(req, { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, json: json as any, text, headers: res.headers }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
