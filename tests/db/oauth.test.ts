import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { getTestDb } from "../setup/db";
import * as authorize from "@/app/api/brands/[brand]/connections/[id]/authorize/route";
import * as callback from "@/app/api/oauth/[platform]/callback/route";
import * as connections from "@/app/api/brands/[brand]/connections/route";
import * as connectionOne from "@/app/api/brands/[brand]/connections/[id]/route";
import { decryptSecret, keyRingFromEnv } from "@/lib/crypto/secret-box";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";
import { ensureFreshToken } from "@/lib/connections/refresh-connection";
import { pkceChallenge } from "@/lib/connections/start-authorization";
import { createChannelResolver } from "@/lib/orchestration/resolve-channel";
import { createPublisher } from "@/lib/wiring/network-adapters";
import { runDaily } from "@/lib/orchestration/run-daily";
import { startFakes, type Fakes } from "../fakes/start-fakes";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { dailyInput, DAY, fakeEnv, makeDeps, seedPublishing } from "./support/orchestration";

let db: Db;
let fakes: Fakes;
let env: Record<string, string>;

beforeAll(async () => {
  fakes = await startFakes();
  env = { ...fakeEnv(fakes), ...fakes.env, PUBLISH_TIMEOUT_MS: "3000", NEXTAUTH_URL: "http://localhost:3000" };
  db = await useRouteEnv(env);
});
afterAll(async () => fakes.stop());

/** A publishing workspace with an owner who can sign in. */
async function ownerWorkspace() {
  const seeded = await seedPublishing(db, { connect: false });
  const user = await db.user.create({
    data: { email: `owner-${seeded.ws.slug}@example.com`, name: "Owner", passwordHash: "x" },
  });
  await db.membership.create({ data: { userId: user.id, workspaceId: seeded.ws.id, role: "owner" } });
  return { ...seeded, ownerId: user.id };
}

/** The browser's part: open our authorize route, land on the fake's consent page, click a link. */
async function consent(ownerId: string, choice: "approve" | "cancel" = "approve") {
  const start = await callRoute(authorize.GET, { userId: ownerId, params: { brand: "acme", id: "x" } });
  expect(start.status, start.text).toBe(302);
  const location = new URL(start.headers.get("location")!);
  const page = await (await fetch(location)).text();
  const href = new RegExp(`id="${choice}" href="([^"]+)"`).exec(page)![1].replace(/&amp;/g, "&");
  const back = new URL(href);
  return { location, back };
}

async function finish(ownerId: string, back: URL) {
  const res = await callRoute(callback.GET, {
    userId: ownerId,
    path: `/api/oauth/x/callback${back.search}`,
    params: { platform: "x" },
  });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location")!);
}

describe("X OAuth (PKCE)", () => {
  it("connects: S256 challenge matches the stored verifier, identity kept, tokens encrypted", async () => {
    const w = await ownerWorkspace();
    const { location, back } = await consent(w.ownerId);
    expect(location.pathname).toBe("/i/oauth2/authorize");
    expect(location.searchParams.get("code_challenge_method")).toBe("S256");
    expect(location.searchParams.get("redirect_uri")).toBe("http://localhost:3000/api/oauth/x/callback");
    const state = await db.oAuthState.findFirstOrThrow({ where: { workspaceId: w.ws.id } });
    expect(state.stateHash).not.toBe(location.searchParams.get("state"));
    const verifier = decryptSecret(keyRingFromEnv(), state.verifierEnc!, state.id);
    expect(pkceChallenge(verifier)).toBe(location.searchParams.get("code_challenge"));

    const done = await finish(w.ownerId, back);
    expect(done.pathname).toBe("/settings/connections");
    expect(done.searchParams.get("connected")).toBe("x");
    const conn = await db.channelConnection.findFirstOrThrow({ where: { brandId: w.brand.id, platform: "x" } });
    expect(conn).toMatchObject({ status: "active", displayName: "Fake Brand", handle: "@fakebrand" });
    expect(conn.avatarUrl).toMatch(/\/avatars\/fakebrand\.svg$/);
    expect(conn.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 7000_000);
    expect(JSON.stringify(conn)).not.toMatch(/xat_|xrt_/);
    expect(fakes.fakes.x.tokenCalls.authorization_code).toBe(1);

    // The same callback again: the state was single use.
    const replay = await finish(w.ownerId, back);
    expect(replay.searchParams.get("error")).toMatch(/already used/);
    expect(fakes.fakes.x.tokenCalls.authorization_code).toBe(1);

    // Disconnect revokes the token at X first.
    const access = decryptSecret(keyRingFromEnv(), conn.accessTokenEnc, conn.id);
    const del = await callRoute(connectionOne.DELETE, {
      method: "DELETE",
      userId: w.ownerId,
      params: { brand: "acme", id: conn.id },
    });
    expect(del.status, del.text).toBe(200);
    expect(fakes.fakes.x.revoked).toContain(access);
    // ...then archives it: restorable for 30 days, never used to publish meanwhile
    expect(await db.channelConnection.count({ where: { id: conn.id, archivedAt: null } })).toBe(0);
    expect(await db.channelConnection.count({ where: { id: conn.id } })).toBe(1);
  });

  it("refuses an expired state, a foreign user and a denied consent with a message, never a 500", async () => {
    const w = await ownerWorkspace();
    const a = await consent(w.ownerId);
    await db.oAuthState.updateMany({ where: { workspaceId: w.ws.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await finish(w.ownerId, a.back)).searchParams.get("error")).toMatch(/expired/);

    const other = await ownerWorkspace();
    const b = await consent(w.ownerId);
    expect((await finish(other.ownerId, b.back)).searchParams.get("error")).toMatch(/someone else/);

    const c = await consent(w.ownerId, "cancel");
    expect((await finish(w.ownerId, c.back)).searchParams.get("error")).toMatch(/not granted/);
    const bogus = new URL("http://localhost:3000/api/oauth/x/callback?state=nope&code=x");
    expect((await finish(w.ownerId, bogus)).searchParams.get("error")).toMatch(/not one we started/);
    expect(await db.channelConnection.count({ where: { brandId: w.brand.id } })).toBe(0);
  });

  it("rotates: a refresh stores the new pair, the old refresh token is dead, concurrent refreshes make one call", async () => {
    const w = await ownerWorkspace();
    await finish(w.ownerId, (await consent(w.ownerId)).back);
    const conn = await db.channelConnection.findFirstOrThrow({ where: { brandId: w.brand.id } });
    const ring = keyRingFromEnv();
    const oldRefresh = decryptSecret(ring, conn.refreshTokenEnc!, conn.id);
    const before = fakes.fakes.x.tokenCalls.refresh_token;
    // Within X's 2-hour window: due for refresh.
    await db.channelConnection.update({ where: { id: conn.id }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    const deps = (on: Db = db) => ({
      db: on,
      client: createOAuthClient("x", { env }),
      keyRing: ring,
      clock: () => new Date(),
    });
    // Two app instances, each with its own database pool, lined up by events rather than delays:
    // A's refresh is held at X while B arrives, finds A's lease and waits; then X answers A.
    const held = fakes.fakes.x.holdTokenRequests();
    const first = ensureFreshToken(deps(), conn.id);
    await held.arrived;
    let waiting!: () => void;
    const bWaits = new Promise<void>((r) => (waiting = r));
    const secondDb = createDb((await getTestDb()).url, { poolSize: 2 });
    const second = ensureFreshToken(
      {
        ...deps(secondDb),
        sleep: async (ms) => {
          waiting();
          await new Promise((r) => setTimeout(r, ms));
        },
      },
      conn.id,
    );
    await bWaits;
    held.release();
    const [one, two] = await Promise.all([first, second]);
    await secondDb.$disconnect();
    expect(fakes.fakes.x.tokenCalls.refresh_token - before).toBe(1);
    expect(one).toEqual(two);
    const after = await db.channelConnection.findUniqueOrThrow({ where: { id: conn.id } });
    const newRefresh = decryptSecret(ring, after.refreshTokenEnc!, conn.id);
    expect(newRefresh).not.toBe(oldRefresh);
    expect(after.refreshLeaseUntil).toBeNull();
    expect(after.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 7000_000);
    expect(fakes.fakes.x.refreshTokens.has(oldRefresh)).toBe(false);

    // A dead refresh token (invalid grant) flags the connection and tells the owner.
    fakes.fakes.x.refreshTokens.delete(newRefresh);
    await db.channelConnection.update({ where: { id: conn.id }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    const dead = await ensureFreshToken(deps(), conn.id);
    expect(dead.ok).toBe(false);
    const flagged = await db.channelConnection.findUniqueOrThrow({ where: { id: conn.id } });
    expect(flagged.status).toBe("needs_reconnect");
    expect(flagged.statusReason).toMatch(/token was invalid/);
    const note = await db.notification.findFirst({ where: { userId: w.ownerId, kind: "needs_reconnect" } });
    expect(note?.title).toMatch(/X needs to be reconnected/);
  });

  it("publishing with an expired access token refreshes first, then publishes once", async () => {
    const w = await ownerWorkspace();
    await finish(w.ownerId, (await consent(w.ownerId)).back);
    const conn = await db.channelConnection.findFirstOrThrow({ where: { brandId: w.brand.id } });
    const ring = keyRingFromEnv();
    fakes.fakes.x.expireAccessToken(decryptSecret(ring, conn.accessTokenEnc, conn.id));
    await db.channelConnection.update({ where: { id: conn.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const refreshes = fakes.fakes.x.tokenCalls.refresh_token;
    const postsBefore = fakes.fakes.x.posts.length;
    const channels = createChannelResolver({
      db,
      keyRing: () => ring,
      publisherFor: (n) => createPublisher(n, { env }),
      oauthClientFor: (n) => createOAuthClient(n, { env }),
    });
    await runDaily(
      makeDeps(db, fakes, () => new Date(), { channels }),
      {
        ...dailyInput(w.ws.id),
        platforms: ["x"],
      },
    );
    expect(fakes.fakes.x.tokenCalls.refresh_token - refreshes).toBe(1);
    expect(fakes.fakes.x.posts.length - postsBefore).toBe(1);
    const pub = await db.publication.findFirstOrThrow({ where: { brandId: w.brand.id, platform: "x" } });
    expect(pub.state).toBe("published");
    expect(DAY).toBeTruthy();
  });
});

describe("pasted tokens", () => {
  it("are checked at the network: a rejected token is a 422 with its message and is not stored", async () => {
    const w = await ownerWorkspace();
    const token = (await db.apiToken.findFirst({ where: { workspaceId: w.ws.id } }))?.id;
    expect(token).toBeUndefined();
    const res = await callRoute(connections.POST, {
      method: "POST",
      userId: w.ownerId,
      params: { brand: "acme" },
      body: { platform: "x", account_id: "1500000000000000001", access_token: "made-up" },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.message).toMatch(/X rejected the token: Unauthorized/);
    expect(await db.channelConnection.count({ where: { brandId: w.brand.id } })).toBe(0);

    fakes.fakes.x.tokens.add("pasted-good");
    const ok = await callRoute(connections.POST, {
      method: "POST",
      userId: w.ownerId,
      params: { brand: "acme" },
      body: { platform: "x", account_id: "1500000000000000001", access_token: "pasted-good" },
    });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.json).toMatchObject({ display_name: "Fake Brand", handle: "@fakebrand", status: "active" });
  });
});
