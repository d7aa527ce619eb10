import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { errorResponse } from "@/lib/http";
import { enforceRateLimit, RATE_RULES } from "@/lib/rate-limit/hit-rate-limit";
import { clientIp } from "@/lib/request-guards";

const handler = NextAuth(authOptions);

/** Credentials sign-in is limited per email and per IP before next-auth sees it; the rest is next-auth's. */
async function post(req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) {
  if (req.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = new URLSearchParams(await req.clone().text());
    const email = (form.get("email") ?? "").trim().toLowerCase();
    try {
      const now = new Date();
      await enforceRateLimit(getDb(), RATE_RULES.signInIp, clientIp(req), now);
      if (email) await enforceRateLimit(getDb(), RATE_RULES.signInEmail, email, now);
    } catch (err) {
      const res = errorResponse(err);
      // next-auth's client reads `url` to report the error; the body keeps the one error shape besides.
      const body = { ...(await res.json()), url: `${req.nextUrl.origin}/signin?error=RateLimited` };
      return Response.json(body, { status: res.status, headers: res.headers });
    }
  }
  return handler(req, ctx);
}

export { handler as GET, post as POST };
