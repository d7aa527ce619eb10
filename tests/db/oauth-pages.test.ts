import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as authorize from "@/app/api/brands/[brand]/connections/[id]/authorize/route";
import * as callback from "@/app/api/oauth/[platform]/callback/route";
import * as choices from "@/app/api/oauth/choices/[id]/route";
import * as connectionOne from "@/app/api/brands/[brand]/connections/[id]/route";
import { decryptSecret, keyRingFromEnv } from "@/lib/crypto/secret-box";
import { ensureFreshToken } from "@/lib/connections/refresh-connection";
import { runDaily } from "@/lib/orchestration/run-daily";
import { createChannelResolver } from "@/lib/orchestration/resolve-channel";
import { createPublisher } from "@/lib/wiring/network-adapters";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";
import { startFakes, type Fakes } from "../fakes/start-fakes";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { dailyInput, fakeEnv, makeDeps, seedPublishing } from "./support/orchestration";

type Network = "linkedin" | "facebook";
let db: Db;
let fakes: Fakes;
let env: Record<string, string>;

beforeAll(async () => {
  fakes = await startFakes();
  env = { ...fakeEnv(fakes), ...fakes.env, PUBLISH_TIMEOUT_MS: "3000", NEXTAUTH_URL: "http://localhost:3000" };
  db = await useRouteEnv(env);
});
afterAll(async () => fakes.stop());
beforeEach(() => fakes.reset());

async function ownerWorkspace() {
  const seeded = await seedPublishing(db, { connect: false });
  const owner = async (name: string) => {
    const user = await db.user.create({
      data: { email: `${name}-${seeded.ws.slug}@example.com`, name, passwordHash: "x" },
    });
    await db.membership.create({ data: { userId: user.id, workspaceId: seeded.ws.id, role: "owner" } });
    return user.id;
  };
  return { ...seeded, ownerId: await owner("owner"), secondOwnerId: await owner("second") };
}

/** The browser's part: our authorize route, the fake's consent page, one of its two links. */
async function consent(network: Network, ownerId: string, choice: "approve" | "cancel" = "approve") {
  const start = await callRoute(authorize.GET, { userId: ownerId, params: { brand: "acme", id: network } });
  expect(start.status, start.text).toBe(302);
  const location = new URL(start.headers.get("location")!);
  const page = await (await fetch(location)).text();
  const href = new RegExp(`id="${choice}" href="([^"]+)"`).exec(page)![1].replace(/&amp;/g, "&");
  return { location, back: new URL(href) };
}

async function finish(network: Network, ownerId: string, back: URL) {
  const res = await callRoute(callback.GET, {
    userId: ownerId,
    path: `/api/oauth/${network}/callback${back.search}`,
    params: { platform: network },
  });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location")!);
}

const choose = (ownerId: string, id: string, accountId: string) =>
  callRoute(choices.POST, { method: "POST", userId: ownerId, params: { id }, body: { account_id: accountId } });

describe("Facebook Pages OAuth", () => {
  it("exchanges the code, then for a long-lived token, lists the Pages and connects the one chosen", async () => {
    const w = await ownerWorkspace();
    const { location, back } = await consent("facebook", w.ownerId);
    expect(location.pathname).toBe("/v23.0/dialog/oauth");
    expect(location.searchParams.get("scope")).toBe(
      "pages_show_list,pages_manage_posts,pages_read_engagement,read_insights",
    );
    expect(location.searchParams.get("redirect_uri")).toBe("http://localhost:3000/api/oauth/facebook/callback");

    const done = await finish("facebook", w.ownerId, back);
    expect(fakes.fakes.facebook.tokenCalls).toEqual({ code: 1, fb_exchange_token: 1 });
    // Two Pages: nothing is connected until the person chooses.
    expect(done.searchParams.get("connected")).toBeNull();
    const id = done.searchParams.get("choose")!;
    expect(id).toBeTruthy();
    expect(await db.channelConnection.count({ where: { brandId: w.brand.id } })).toBe(0);

    const offered = await callRoute(choices.GET, { userId: w.ownerId, params: { id } });
    expect(offered.status, offered.text).toBe(200);
    expect(offered.json).toMatchObject({ platform: "facebook", brand: { slug: "acme" } });
    expect(offered.json.accounts.map((a: { display_name: string }) => a.display_name)).toEqual([
      "Fake Page",
      "Fake Bakery Corner",
    ]);
    // the Graph's picture edge, which always redirects to the current image (a listing's CDN link expires)
    const picture = offered.json.accounts[1].avatar_url as string;
    expect(picture).toMatch(/\/v\d+\.\d+\/200300400501\/picture\?type=square$/);
    const image = await fetch(picture);
    expect(image.url).toMatch(/\/avatars\/page-200300400501\.svg$/);
    expect(image.headers.get("content-type")).toMatch(/^image\//);
    expect(offered.text).not.toMatch(/EAA/);
    const stored = await db.oAuthState.findUniqueOrThrow({ where: { id } });
    expect(stored.accountsEnc).not.toMatch(/EAA/);

    // Only the person who came back may choose; another owner sees nothing.
    expect((await callRoute(choices.GET, { userId: w.secondOwnerId, params: { id } })).status).toBe(404);
    expect((await choose(w.ownerId, id, "999")).status).toBe(422);

    const picked = await choose(w.ownerId, id, "200300400501");
    expect(picked.status, picked.text).toBe(201);
    expect(picked.json).toMatchObject({ brand: "acme", platform: "facebook" });
    const conn = await db.channelConnection.findFirstOrThrow({ where: { brandId: w.brand.id, platform: "facebook" } });
    expect(conn).toMatchObject({ accountId: "200300400501", displayName: "Fake Bakery Corner", expiresAt: null });
    const pageToken = decryptSecret(keyRingFromEnv(), conn.accessTokenEnc, conn.id);
    // The Page's own token (derived from the long-lived user token), not the user token.
    expect(fakes.fakes.facebook.tokenKinds.get(pageToken)).toEqual({ kind: "page", id: "200300400501" });
    // A choice is taken once.
    expect((await choose(w.ownerId, id, "200300400500")).status).toBe(404);

    // The chosen Page is where the brand's Facebook posts go.
    const channels = createChannelResolver({
      db,
      keyRing: () => keyRingFromEnv(),
      publisherFor: (n) => createPublisher(n, { env }),
    });
    await runDaily(
      makeDeps(db, fakes, () => new Date(), { channels }),
      {
        ...dailyInput(w.ws.id),
        platforms: ["facebook"],
      },
    );
    expect(fakes.fakes.facebook.posts.map((p) => p.pageId)).toEqual(["200300400501"]);
  });

  it("one Page connects at once; refusals come back as messages, never a 500", async () => {
    const w = await ownerWorkspace();
    fakes.fakes.facebook.pages = [{ id: "200300400500", name: "Fake Page" }];
    const done = await finish("facebook", w.ownerId, (await consent("facebook", w.ownerId)).back);
    expect(done.searchParams.get("connected")).toBe("facebook");
    const conn = await db.channelConnection.findFirstOrThrow({ where: { brandId: w.brand.id } });
    expect(conn).toMatchObject({ accountId: "200300400500", displayName: "Fake Page" });

    const denied = await finish("facebook", w.ownerId, (await consent("facebook", w.ownerId, "cancel")).back);
    expect(denied.searchParams.get("error")).toMatch(/Facebook access was not granted/);

    // The redirect URI of the exchange must be the dialog's, byte for byte.
    const a = await consent("facebook", w.ownerId);
    await db.oAuthState.updateMany({
      where: { workspaceId: w.ws.id, usedAt: null },
      data: { redirectUri: "http://localhost:3000/elsewhere" },
    });
    expect((await finish("facebook", w.ownerId, a.back)).searchParams.get("error")).toMatch(
      /redirect_uri is identical/,
    );

    const b = await consent("facebook", w.ownerId);
    const secret = process.env.FACEBOOK_APP_SECRET;
    process.env.FACEBOOK_APP_SECRET = "not-the-secret";
    try {
      expect((await finish("facebook", w.ownerId, b.back)).searchParams.get("error")).toMatch(
        /Error validating client secret/,
      );
    } finally {
      process.env.FACEBOOK_APP_SECRET = secret;
    }
  });
});

describe("LinkedIn OAuth", () => {
  it("offers the organizations and the person, connects the organization chosen, refreshes it", async () => {
    const w = await ownerWorkspace();
    const { location, back } = await consent("linkedin", w.ownerId);
    expect(location.pathname).toBe("/oauth/v2/authorization");
    expect(location.searchParams.get("response_type")).toBe("code");
    expect(location.searchParams.get("scope")).toBe(
      "openid profile w_member_social w_organization_social r_organization_social rw_organization_admin",
    );
    const done = await finish("linkedin", w.ownerId, back);
    expect(fakes.fakes.linkedin.tokenCalls.authorization_code).toBe(1);
    const id = done.searchParams.get("choose")!;
    const offered = await callRoute(choices.GET, { userId: w.ownerId, params: { id } });
    expect(
      offered.json.accounts.map((a: { account_id: string; kind: string; display_name: string }) => [
        a.account_id,
        a.kind,
        a.display_name,
      ]),
    ).toEqual([
      ["urn:li:organization:1001", "organization", "Fake Organization"],
      ["urn:li:organization:1002", "organization", "Fake Bakery Group"],
      ["urn:li:person:fake-member-1", "person", "Fake Member"],
    ]);
    const picked = await choose(w.ownerId, id, "urn:li:organization:1002");
    expect(picked.status, picked.text).toBe(201);
    const conn = await db.channelConnection.findFirstOrThrow({ where: { brandId: w.brand.id, platform: "linkedin" } });
    expect(conn).toMatchObject({ displayName: "Fake Bakery Group", handle: "linkedin.com/company/fake-bakery-group" });
    expect(conn.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);
    const ring = keyRingFromEnv();
    const refresh = decryptSecret(ring, conn.refreshTokenEnc!, conn.id);

    // Within 7 days of expiry: refreshed with the refresh_token grant; LinkedIn keeps the refresh token.
    await db.channelConnection.update({
      where: { id: conn.id },
      data: { expiresAt: new Date(Date.now() + 3 * 86_400_000) },
    });
    const deps = { db, client: createOAuthClient("linkedin", { env }), keyRing: ring, clock: () => new Date() };
    const fresh = await ensureFreshToken(deps, conn.id);
    expect(fresh.ok).toBe(true);
    expect(fakes.fakes.linkedin.tokenCalls.refresh_token).toBe(1);
    const after = await db.channelConnection.findUniqueOrThrow({ where: { id: conn.id } });
    expect(decryptSecret(ring, after.refreshTokenEnc!, conn.id)).toBe(refresh);
    expect(after.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);

    // A refresh token LinkedIn no longer accepts (invalid_grant): needs_reconnect, and the owner is told.
    fakes.fakes.linkedin.refreshTokens.clear();
    await db.channelConnection.update({
      where: { id: conn.id },
      data: { expiresAt: new Date(Date.now() + 3 * 86_400_000) },
    });
    expect((await ensureFreshToken(deps, conn.id)).ok).toBe(false);
    const flagged = await db.channelConnection.findUniqueOrThrow({ where: { id: conn.id } });
    expect(flagged.status).toBe("needs_reconnect");
    expect(flagged.statusReason).toMatch(/invalid_grant/);
    expect(await db.notification.count({ where: { userId: w.ownerId, kind: "needs_reconnect" } })).toBe(1);

    // Disconnect revokes the token at LinkedIn, then archives; connecting again brings it back.
    const access = decryptSecret(ring, flagged.accessTokenEnc, conn.id);
    const del = await callRoute(connectionOne.DELETE, {
      method: "DELETE",
      userId: w.ownerId,
      params: { brand: "acme", id: conn.id },
    });
    expect(del.status, del.text).toBe(200);
    expect(fakes.fakes.linkedin.revoked).toContain(access);
    fakes.fakes.linkedin.adminOf = [];
    const again = await finish("linkedin", w.ownerId, (await consent("linkedin", w.ownerId)).back);
    expect(again.searchParams.get("connected")).toBe("linkedin");
    const back2 = await db.channelConnection.findUniqueOrThrow({ where: { id: conn.id } });
    expect(back2).toMatchObject({ archivedAt: null, status: "active", accountId: "urn:li:person:fake-member-1" });
    expect(back2.avatarUrl).toMatch(/\/avatars\/fake-member-1\.svg$/);
  });

  it("with LINKEDIN_ORGANIZATIONS=off asks only for person scopes, and the person connects as themselves", async () => {
    const w = await ownerWorkspace();
    process.env.LINKEDIN_ORGANIZATIONS = "off";
    try {
      const { location, back } = await consent("linkedin", w.ownerId);
      expect(location.searchParams.get("scope")).toBe("openid profile w_member_social");
      // Without the organization scopes LinkedIn answers organizationAcls with 403: no company pages to offer.
      const done = await finish("linkedin", w.ownerId, back);
      expect(done.searchParams.get("connected")).toBe("linkedin");
    } finally {
      delete process.env.LINKEDIN_ORGANIZATIONS;
    }
    const conn = await db.channelConnection.findFirstOrThrow({ where: { brandId: w.brand.id } });
    expect(conn).toMatchObject({ accountId: "urn:li:person:fake-member-1", displayName: "Fake Member" });
    expect(fakes.fakes.linkedin.requests.some((r) => r.path.startsWith("/rest/organizationAcls"))).toBe(true);
  });

  it("refusals: a cancelled consent, a used code, wrong app credentials, an expired choice", async () => {
    const w = await ownerWorkspace();
    const cancelled = await finish("linkedin", w.ownerId, (await consent("linkedin", w.ownerId, "cancel")).back);
    expect(cancelled.searchParams.get("error")).toMatch(/LinkedIn access was not granted/);

    const a = await consent("linkedin", w.ownerId);
    const code = a.back.searchParams.get("code")!;
    const chosen = await finish("linkedin", w.ownerId, a.back);
    // The same code again, under a new state: LinkedIn's invalid_grant.
    const b = await consent("linkedin", w.ownerId);
    b.back.searchParams.set("code", code);
    expect((await finish("linkedin", w.ownerId, b.back)).searchParams.get("error")).toMatch(
      /invalid_grant: The provided authorization grant is invalid/,
    );

    const c = await consent("linkedin", w.ownerId);
    const secret = process.env.LINKEDIN_CLIENT_SECRET;
    process.env.LINKEDIN_CLIENT_SECRET = "not-the-secret";
    try {
      expect((await finish("linkedin", w.ownerId, c.back)).searchParams.get("error")).toMatch(
        /invalid_client: Client authentication failed/,
      );
    } finally {
      process.env.LINKEDIN_CLIENT_SECRET = secret;
    }

    // The choice lasts 10 minutes.
    const id = chosen.searchParams.get("choose")!;
    await db.oAuthState.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const late = await choose(w.ownerId, id, "urn:li:organization:1001");
    expect(late.status).toBe(404);
    expect(late.json.error.message).toMatch(/expired after 10 minutes/);
    expect(await db.channelConnection.count({ where: { brandId: w.brand.id } })).toBe(0);
  });
});
