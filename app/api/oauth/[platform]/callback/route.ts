import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { oauthEnv } from "@/lib/env";
import { withPublic } from "@/lib/http";
import { requestSession } from "@/lib/request-auth";
import { completeAuthorization, ConnectFailure } from "@/lib/connections/complete-authorization";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";
import { callbackQuerySchema, oauthPlatformSchema } from "@/lib/schemas/connections";

/** Always answers with a redirect to the connections page: success, or a message saying what went wrong. */
export const GET = withPublic<{ platform: string }>(async ({ req, db, params, now }) => {
  const page = new URL("/settings/connections", oauthEnv().NEXTAUTH_URL ?? req.nextUrl.origin);
  const platform = oauthPlatformSchema.safeParse(params.platform);
  const query = callbackQuerySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!platform.success || !query.success) {
    page.searchParams.set("error", "The network sent back an answer we do not understand: connect again.");
    return NextResponse.redirect(page, 302);
  }
  try {
    const { brandSlug, choose } = await completeAuthorization({
      db,
      platform: platform.data,
      query: query.data,
      sessionUserId: (await requestSession(req, db, now))?.userId ?? null,
      client: createOAuthClient(platform.data),
      keyRing: keyRingFromEnv(),
      now,
    });
    // Several Pages or organizations: the connections page asks which one before anything is connected.
    if (choose) page.searchParams.set("choose", choose);
    else page.searchParams.set("connected", platform.data);
    page.searchParams.set("brand", brandSlug);
  } catch (err) {
    if (err instanceof ConnectFailure) {
      page.searchParams.set("error", err.message);
      if (err.brandSlug) page.searchParams.set("brand", err.brandSlug);
    } else {
      const requestId = randomUUID();
      console.error(`[${requestId}] oauth callback failed`, err);
      page.searchParams.set("error", `Connecting failed on our side (request ${requestId}): try again.`);
    }
  }
  return NextResponse.redirect(page, 302);
});
