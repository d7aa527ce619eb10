import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as cronConnections from "@/app/api/cron/connections/route";
import { decryptSecret, keyRingFromEnv } from "@/lib/crypto/secret-box";
import { checkConnections } from "@/lib/connections/check-connections";
import { saveVerifiedConnection } from "@/lib/connections/save-verified-connection";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";
import { resetDb } from "../setup/db";
import { FAKE_ACCOUNTS, FAKE_TOKENS, startFakes, type Fakes } from "../fakes/start-fakes";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedPublishing } from "./support/orchestration";

let db: Db;
let fakes: Fakes;
let env: Record<string, string>;
const DAY_MS = 86_400_000;
const notify = { emailEnabled: false, appUrl: "http://localhost:3000" };

beforeAll(async () => {
  fakes = await startFakes();
  env = { ...fakes.env, PUBLISH_TIMEOUT_MS: "3000", NEXTAUTH_URL: "http://localhost:3000" };
  db = await useRouteEnv(env);
});
afterAll(async () => fakes.stop());
beforeEach(async () => {
  await resetDb(db);
  fakes.reset();
});

/** One brand with an owner, a webhook for reconnects, and the given connections. */
async function seed() {
  const w = await seedPublishing(db, { connect: false });
  const owner = await db.user.create({ data: { email: `o-${w.ws.slug}@example.com`, name: "O", passwordHash: "x" } });
  await db.membership.create({ data: { userId: owner.id, workspaceId: w.ws.id, role: "owner" } });
  await db.webhookEndpoint.create({
    data: { workspaceId: w.ws.id, url: "http://127.0.0.1:9/h", secretEnc: "-", events: ["connection.needs_reconnect"] },
  });
  const connect = (
    platform: "linkedin" | "facebook" | "x",
    tokens: { accessToken: string; refreshToken: string | null; expiresAt: Date | null },
  ) =>
    saveVerifiedConnection({
      db,
      actor: w.actor,
      brandId: w.brand.id,
      platform,
      identity: { accountId: FAKE_ACCOUNTS[platform], displayName: "old name", handle: null, avatarUrl: null },
      tokens,
      keyRing: keyRingFromEnv(),
      now: new Date(),
      via: "token",
    });
  return { ...w, ownerId: owner.id, connect };
}

const deps = (now: Date) => ({
  db,
  now,
  keyRing: keyRingFromEnv(),
  clientFor: (n: "linkedin" | "facebook" | "x") => createOAuthClient(n, { env }),
  identityFor: (n: "linkedin" | "facebook" | "x") => createOAuthClient(n, { env, identityOnly: true }),
  notify,
});

describe("the daily connection check", () => {
  it("refreshes X, verifies every token, flags a refused one, and warns once per expiry", async () => {
    const w = await seed();
    const x = fakes.fakes.x.grant();
    const xConn = await w.connect("x", {
      accessToken: x.access_token,
      refreshToken: x.refresh_token,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    // LinkedIn without a refresh token (most apps), expiring in 3 days: only a person can renew it.
    const inThreeDays = new Date(Date.now() + 3 * DAY_MS);
    const li = await w.connect("linkedin", {
      accessToken: FAKE_TOKENS.linkedin,
      refreshToken: null,
      expiresAt: inThreeDays,
    });
    // A Facebook token the network no longer accepts.
    const fb = await w.connect("facebook", { accessToken: "fb-revoked", refreshToken: null, expiresAt: null });

    // Through the cron route, as a platform's cron (or the built-in scheduler) runs it.
    const res = await callRoute(cronConnections.GET, {
      path: "/api/cron/connections",
      headers: { authorization: "Bearer test-cron-secret-0123456789" },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ checked: 3, refreshed: 1, needs_reconnect: 1, expiring_warned: 1 });
    expect(await db.jobRun.count({ where: { job: "connections", status: "finished" } })).toBe(1);

    expect(fakes.fakes.x.tokenCalls.refresh_token).toBe(1);
    const xAfter = await db.channelConnection.findUniqueOrThrow({ where: { id: xConn.id } });
    expect(decryptSecret(keyRingFromEnv(), xAfter.accessTokenEnc, xAfter.id)).not.toBe(x.access_token);
    expect(xAfter).toMatchObject({ status: "active", displayName: "Fake Brand", handle: "@fakebrand" });
    expect(xAfter.lastCheckedAt).not.toBeNull();

    const liAfter = await db.channelConnection.findUniqueOrThrow({ where: { id: li.id } });
    expect(liAfter).toMatchObject({ status: "active", displayName: "Fake Organization", expiryWarnedFor: inThreeDays });

    const fbAfter = await db.channelConnection.findUniqueOrThrow({ where: { id: fb.id } });
    expect(fbAfter.status).toBe("needs_reconnect");
    expect(fbAfter.statusReason).toMatch(/daily check.*Invalid OAuth access token/);
    const reconnect = await db.outboxMessage.findMany({ where: { eventType: "connection.needs_reconnect" } });
    expect(reconnect).toHaveLength(1);
    expect(reconnect[0].payload).toMatchObject({ data: { connection_id: fb.id, platform: "facebook" } });

    const kinds = async () =>
      (await db.notification.findMany({ where: { userId: w.ownerId } })).map((n) => n.kind).sort();
    expect(await kinds()).toEqual(["needs_reconnect", "token_expiring"]);
    const warning = await db.notification.findFirstOrThrow({ where: { kind: "token_expiring" } });
    expect(warning.title).toMatch(/LinkedIn token of Fake Organization expires on/);

    // The next days: the same expiry is not warned about again, and a flagged connection is left alone.
    await checkConnections(deps(new Date(Date.now() + DAY_MS)));
    await checkConnections(deps(new Date(Date.now() + 2 * DAY_MS)));
    expect(await kinds()).toEqual(["needs_reconnect", "token_expiring"]);
    expect(await db.outboxMessage.count({ where: { eventType: "connection.needs_reconnect" } })).toBe(1);

    // Reconnected with a new token that also expires soon: one new warning, for the new expiry.
    const inFiveDays = new Date(Date.now() + 5 * DAY_MS);
    await w.connect("linkedin", { accessToken: FAKE_TOKENS.linkedin, refreshToken: null, expiresAt: inFiveDays });
    const counts = await checkConnections(deps(new Date()));
    expect(counts.expiring_warned).toBe(1);
    expect(await kinds()).toEqual(["needs_reconnect", "token_expiring", "token_expiring"]);
  });

  it("a network that cannot be reached changes nothing", async () => {
    const w = await seed();
    const li = await w.connect("linkedin", { accessToken: FAKE_TOKENS.linkedin, refreshToken: null, expiresAt: null });
    fakes.fakes.linkedin.failNext("5xx", { times: 5 });
    const counts = await checkConnections(deps(new Date()));
    expect(counts).toMatchObject({ checked: 1, unreachable: 1, needs_reconnect: 0 });
    const after = await db.channelConnection.findUniqueOrThrow({ where: { id: li.id } });
    expect(after).toMatchObject({ status: "active", displayName: "old name" });
  });

  it("an X refresh refused with a dead refresh token marks needs_reconnect and tells the owner", async () => {
    const w = await seed();
    const x = fakes.fakes.x.grant();
    const conn = await w.connect("x", {
      accessToken: x.access_token,
      refreshToken: "xrt_dead",
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const counts = await checkConnections(deps(new Date()));
    expect(counts).toMatchObject({ needs_reconnect: 1, refreshed: 0 });
    expect((await db.channelConnection.findUniqueOrThrow({ where: { id: conn.id } })).status).toBe("needs_reconnect");
    expect(await db.notification.count({ where: { userId: w.ownerId, kind: "needs_reconnect" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { eventType: "connection.needs_reconnect" } })).toBe(1);
  });
});
