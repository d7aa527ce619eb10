import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { API_ROUTES } from "@/lib/generated/api-routes";
import { allowedMethods, apiRouteMatcher } from "@/lib/api-route-match";
import { baseSecurityHeaders, contentSecurityPolicy, networkImageOrigins } from "@/lib/security-headers";
import { envPick } from "@/lib/env";
import { pickLocale } from "@/lib/i18n/locales";
import { msg, renderText, type Text } from "@/lib/i18n/render-text";

const env = () =>
  envPick([
    "NEXTAUTH_URL",
    "NEXTAUTH_SECRET",
    "NODE_ENV",
    "X_API_BASE_URL",
    "LINKEDIN_API_BASE_URL",
    "FACEBOOK_GRAPH_BASE_URL",
  ]);

const PUBLIC_PAGES = ["/signin", "/signup", "/invite", "/review"];
const matchRoute = apiRouteMatcher(API_ROUTES.filter((r) => r.pattern !== "/api/[...unknown]"));

/** The API's error shape, in the language the request asks for (no session is read here). */
function problem(req: NextRequest, status: number, code: string, text: Text, headers: Record<string, string> = {}) {
  const message = renderText(text, pickLocale(null, req.headers.get("accept-language")));
  return NextResponse.json({ error: { code, message, details: [] } }, { status, headers });
}

function withBaseHeaders(res: NextResponse) {
  for (const [k, v] of Object.entries(baseSecurityHeaders(env().NEXTAUTH_URL))) res.headers.set(k, v);
  return res;
}

/** A path Next cannot decode (%ZZ, a lone %, an encoded surrogate) or one carrying NUL never reaches a handler. */
function badPath(pathname: string): boolean {
  try {
    return decodeURIComponent(pathname).includes("\u0000");
  } catch {
    return true;
  }
}

function apiGate(req: NextRequest): NextResponse | null {
  const { pathname } = req.nextUrl;
  if (badPath(pathname)) return problem(req, 400, "bad_request", msg("errors.request.badPath"));
  const route = matchRoute(pathname);
  if (!route) return null; // the JSON 404 route answers
  const allow = allowedMethods(route);
  if (!allow.includes(req.method.toUpperCase()))
    return problem(req, 405, "method_not_allowed", msg("errors.request.methodNotAllowed", { method: req.method }), {
      Allow: allow.join(", "),
    });
  return null;
}

/** Server actions are cookie-authenticated POSTs; a foreign origin gets a JSON 403 instead of Next's 500. */
function crossSiteAction(req: NextRequest): boolean {
  if (req.method !== "POST" || !req.headers.has("next-action")) return false;
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const { NEXTAUTH_URL } = env();
  const expected = NEXTAUTH_URL ? new URL(NEXTAUTH_URL).origin : req.nextUrl.origin;
  return (!!site && site !== "same-origin" && site !== "none") || (!!origin && origin !== expected);
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (pathname.startsWith("/api/")) return withBaseHeaders(apiGate(req) ?? NextResponse.next());
  if (crossSiteAction(req)) return withBaseHeaders(problem(req, 403, "forbidden", msg("errors.request.crossSite")));

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const settings = env();
  const csp = contentSecurityPolicy(nonce, settings.NODE_ENV === "development", networkImageOrigins(settings));
  const finish = (res: NextResponse) => {
    res.headers.set("Content-Security-Policy", csp);
    return withBaseHeaders(res);
  };
  const isPublic = PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!isPublic && !(await getToken({ req, secret: settings.NEXTAUTH_SECRET }))) {
    const url = new URL("/signin", req.url);
    url.searchParams.set("callbackUrl", pathname + search);
    return finish(NextResponse.redirect(url));
  }
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return finish(NextResponse.next({ request: { headers } }));
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js|txt)$).*)"],
};
