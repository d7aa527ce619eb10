import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { errorResponse, readerLocale } from "@/lib/http";
import {
  assertUnderRateLimit,
  clearRateLimit,
  hitRateLimit,
  RATE_RULES,
  type RateRule,
} from "@/lib/rate-limit/hit-rate-limit";
import { clientIp } from "@/lib/request-guards";

const handler = NextAuth(authOptions);

/**
 * Credentials sign-in is limited per email and per IP before next-auth sees it: failed attempts count, and
 * a successful sign-in forgives the email's earlier failures, so people who sign in often are never locked out.
 */
async function post(req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) {
  if (!req.nextUrl.pathname.endsWith("/callback/credentials")) return handler(req, ctx);
  const form = new URLSearchParams(await req.clone().text());
  const email = (form.get("email") ?? "").trim().toLowerCase();
  const limits: [RateRule, string][] = [[RATE_RULES.signInIp, clientIp(req)]];
  if (email) limits.push([RATE_RULES.signInEmail, email]);
  const db = getDb();
  const now = new Date();
  try {
    for (const [rule, subject] of limits) await assertUnderRateLimit(db, rule, subject, now);
  } catch (err) {
    const res = errorResponse(err, await readerLocale(req, db, null));
    // next-auth's client reads `url` to report the error; the body keeps the one error shape besides.
    const body = { ...(await res.json()), url: `${req.nextUrl.origin}/signin?error=RateLimited` };
    return Response.json(body, { status: res.status, headers: res.headers });
  }
  const res = await handler(req, ctx);
  const signedIn = (res.headers.get("set-cookie") ?? "").includes("session-token");
  if (signedIn) {
    if (email) await clearRateLimit(db, RATE_RULES.signInEmail, email);
  } else {
    for (const [rule, subject] of limits) await hitRateLimit(db, rule, subject, now);
  }
  return res;
}

export { handler as GET, post as POST };
