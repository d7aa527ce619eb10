import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  path?: string;
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  token?: string;
  userId?: string;
  headers?: Record<string, string>;
}

export const TEST_SECRET = "test-nextauth-secret-0123456789abcdef";

/** Calls a real route handler the way Next does, with an API token or a real next-auth session cookie. */
export async function callRoute(handler: Handler, opts: CallOptions = {}) {
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  if (opts.userId) {
    const jwt = await encode({ token: { uid: opts.userId, sub: opts.userId }, secret: TEST_SECRET });
    headers.set("cookie", `next-auth.session-token=${jwt}`);
    // What a browser sends with a request from the app's own pages.
    if (!headers.has("origin")) headers.set("origin", "http://localhost:3000");
    if (!headers.has("sec-fetch-site")) headers.set("sec-fetch-site", "same-origin");
  }
  let body: string | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers.set("content-type", "application/json");
  const req = new NextRequest(new URL(opts.path ?? "/api/test", "http://localhost:3000"), {
    method: opts.method ?? "GET",
    headers,
    body,
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
