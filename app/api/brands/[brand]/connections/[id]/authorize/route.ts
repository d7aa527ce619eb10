import { NextResponse } from "next/server";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { oauthEnv } from "@/lib/env";
import { json, withAuth } from "@/lib/http";
import { parseWith } from "@/lib/validate";
import { createOAuthClient, missingCredentials, redirectUriFor } from "@/lib/wiring/oauth-clients";
import { startAuthorization } from "@/lib/connections/start-authorization";
import { oauthPlatformSchema } from "@/lib/schemas/connections";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";

// The folder is [id] because Next allows one dynamic name per level (DELETE …/connections/{id}); here it is the platform.
export const GET = withAuth<{ brand: string; id: string }>(
  async ({ req, db, auth, params, now }) => {
    const platform = parseWith(oauthPlatformSchema, params.id, msg("errors.connections.platform"));
    const missing = missingCredentials(platform);
    if (missing.length)
      throw new AppError("conflict", msg("errors.connections.setVariables", { names: missing.join(" + "), platform }));
    const { url } = await startAuthorization({
      db,
      workspaceId: auth.workspaceId,
      userId: auth.userId,
      ref: params.brand,
      client: createOAuthClient(platform),
      redirectUri: redirectUriFor(platform, oauthEnv().NEXTAUTH_URL ?? req.nextUrl.origin),
      keyRing: keyRingFromEnv(),
      now,
    });
    // A script (API token) gets the URL to open; a browser is sent straight to the network.
    return auth.tokenId ? json({ authorize_url: url }) : NextResponse.redirect(url, 302);
  },
  { role: "owner" },
);
