import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import * as brands from "@/app/api/brands/route";
import * as brandRoute from "@/app/api/brands/[brand]/route";
import * as brandRestore from "@/app/api/brands/[brand]/restore/route";
import * as connections from "@/app/api/brands/[brand]/connections/route";
import * as connectionRoute from "@/app/api/brands/[brand]/connections/[id]/route";
import * as connectionRestore from "@/app/api/brands/[brand]/connections/[id]/restore/route";
import * as cleanup from "@/app/api/cron/cleanup/route";
import { runDaily } from "@/lib/orchestration/run-daily";
import { runCron } from "@/lib/orchestration/run-cron";
import { startFakes } from "../fakes/start-fakes";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { seedWorkspace } from "./support/seed-workspace";
import { DAY, dailyInput, type Fakes, makeDeps, seedPublishing } from "./support/orchestration";
import { shiftInstant } from "@/lib/dates/days";
import { restoreConnection } from "@/lib/connections/restore-connection";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { OAuthError, type OAuthClient } from "@/lib/networks/oauth/oauth-client";
import type { ChannelConnection } from "@/lib/generated/prisma/client";

vi.setConfig({ testTimeout: 120_000 });

let db: Db;
let fakes: Fakes;
// late in the day, so every post of DAY is due
const clock = () => new Date(`${DAY}T23:00:00Z`);

beforeAll(async () => {
  fakes = await startFakes();
  // the routes reach the fakes: disconnecting revokes there, restoring checks the token there
  db = await useRouteEnv(fakes.env);
});
afterAll(async () => fakes.stop());
const deps = () => makeDeps(db, fakes, clock, {}, 5000);

async function membersOf(workspaceId: string) {
  const ws = await seedWorkspace(db);
  // the seeded members and tokens belong to ws; move them onto the publishing workspace
  await db.membership.updateMany({ where: { workspaceId: ws.workspace.id }, data: { workspaceId } });
  await db.apiToken.updateMany({ where: { workspaceId: ws.workspace.id }, data: { workspaceId } });
  return ws;
}

describe("archiving a brand", () => {
  it("archives instead of deleting: it leaves every list, never publishes, and the owner restores it", async () => {
    const { ws, brand } = await seedPublishing(db);
    const { tokens } = await membersOf(ws.id);
    const other = await seedWorkspace(db);
    const del = (token: string) => callRoute(brandRoute.DELETE, { method: "DELETE", token, params: { brand: "acme" } });
    expect((await del(tokens.editor)).status).toBe(403);
    expect((await del(other.tokens.owner)).status).toBe(404);
    const res = await del(tokens.owner);
    expect(res.status).toBe(200);
    expect(res.json.archived).toBe(true);
    expect(await db.brand.count({ where: { id: brand.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: brand.id, action: "brand.archive" } })).toBe(1);

    const list = await callRoute(brands.GET, { token: tokens.viewer });
    expect(list.json.brands).toHaveLength(0);
    expect((await callRoute(brandRoute.GET, { token: tokens.viewer, params: { brand: "acme" } })).status).toBe(404);
    const archived = await callRoute(brands.GET, { token: tokens.owner, path: "/x?archived=true" });
    expect(archived.json.brands.map((b: { slug: string }) => b.slug)).toEqual(["acme"]);
    expect((await callRoute(brands.GET, { token: tokens.viewer, path: "/x?archived=true" })).status).toBe(403);
    expect((await callRoute(brands.GET, { token: tokens.owner, path: "/x?archived=maybe" })).status).toBe(422);

    // neither the manual run nor the cron publishes an archived brand
    const manual = await runDaily(deps(), dailyInput(ws.id, { includeFuture: true }));
    expect(manual.counts.total).toBe(0);
    const cron = await runCron(deps(), { catchupDays: 2 });
    expect(cron.counts).toBeTruthy();
    expect(await db.publication.count({ where: { brandId: brand.id } })).toBe(0);

    const restore = (token: string) =>
      callRoute(brandRestore.POST, { method: "POST", token, params: { brand: "acme" } });
    expect((await restore(tokens.editor)).status).toBe(403);
    const back = await restore(tokens.owner);
    expect(back.status).toBe(200);
    expect(back.json.slug).toBe("acme");
    expect((await restore(tokens.owner)).status).toBe(404);
    expect(await db.auditEvent.count({ where: { entityId: brand.id, action: "brand.restore" } })).toBe(1);
    const after = await runDaily(deps(), dailyInput(ws.id, { includeFuture: true }));
    expect(after.results.map((r) => r.status)).toEqual(["published", "published", "published"]);
  });

  it("cannot be restored after 30 days, and the retention cleanup removes it then", async () => {
    const { ws, brand } = await seedPublishing(db, { connect: false });
    const { tokens } = await membersOf(ws.id);
    await db.brand.update({ where: { id: brand.id }, data: { archivedAt: shiftInstant(new Date(), -31) } });
    const late = await callRoute(brandRestore.POST, { method: "POST", token: tokens.owner, params: { brand: "acme" } });
    expect(late.status).toBe(409);
    const recent = await seedPublishing(db, { connect: false });
    await db.brand.update({ where: { id: recent.brand.id }, data: { archivedAt: new Date() } });
    const res = await callRoute(cleanup.GET, { headers: { authorization: "Bearer test-cron-secret-0123456789" } });
    expect(res.status).toBe(200);
    expect(res.json.archived_removed.brands).toBeGreaterThanOrEqual(1);
    expect(await db.brand.count({ where: { id: brand.id } })).toBe(0);
    expect(await db.post.count({ where: { brandId: brand.id } })).toBe(0);
    expect(await db.brand.count({ where: { id: recent.brand.id } })).toBe(1);
  });
});

describe("archiving a connection", () => {
  it("disconnect archives the connection (the brand falls back to the sandbox); the owner restores it", async () => {
    const { ws, brand } = await seedPublishing(db);
    const { tokens } = await membersOf(ws.id);
    const conn = await db.channelConnection.findFirstOrThrow({ where: { brandId: brand.id, platform: "x" } });
    const path = { brand: "acme", id: conn.id };
    expect(
      (await callRoute(connectionRoute.DELETE, { method: "DELETE", token: tokens.editor, params: path })).status,
    ).toBe(403);
    const res = await callRoute(connectionRoute.DELETE, { method: "DELETE", token: tokens.owner, params: path });
    expect(res.status).toBe(200);
    expect((await db.channelConnection.findUniqueOrThrow({ where: { id: conn.id } })).archivedAt).not.toBeNull();
    const list = await callRoute(connections.GET, { token: tokens.viewer, params: { brand: "acme" } });
    expect(list.json.connections.map((c: { platform: string }) => c.platform).sort()).toEqual(["facebook", "linkedin"]);
    expect(list.json.archived.map((c: { id: string }) => c.id)).toEqual([conn.id]);
    expect(JSON.stringify(list.json)).not.toMatch(/accessToken|access_token/);

    const xCreates = fakes.fakes.x.receivedCreates;
    const run = await runDaily(deps(), dailyInput(ws.id, { includeFuture: true, platforms: ["x"] }));
    expect(run.results[0].status).toBe("published");
    expect(fakes.fakes.x.receivedCreates).toBe(xCreates);

    expect(
      (await callRoute(connectionRestore.POST, { method: "POST", token: tokens.editor, params: path })).status,
    ).toBe(403);
    const back = await callRoute(connectionRestore.POST, { method: "POST", token: tokens.owner, params: path });
    expect(back.status).toBe(200);
    expect(back.json.platform).toBe("x");
    // Disconnecting revoked the X token: the restore asks X, and does not call the connection active.
    expect(back.json).toMatchObject({ status: "needs_reconnect", status_reason: expect.stringMatching(/^Restoring/) });
    expect(
      await db.auditEvent.findMany({
        where: { entityId: conn.id },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual(expect.arrayContaining([{ action: "connection.archive" }, { action: "connection.restore" }]));
    expect(
      (await callRoute(connectionRestore.POST, { method: "POST", token: tokens.owner, params: path })).status,
    ).toBe(404);
  });

  it("a restored connection the network still accepts is active and checked; the sandbox's always is", async () => {
    const { ws, brand } = await seedPublishing(db);
    const { tokens } = await membersOf(ws.id);
    const fb = await db.channelConnection.findFirstOrThrow({ where: { brandId: brand.id, platform: "facebook" } });
    const sandbox = await db.channelConnection.create({
      data: { ...connectionCopy(fb), platform: "sandbox", accountId: "sandbox-acme" },
    });
    for (const c of [fb, sandbox]) {
      await db.channelConnection.update({ where: { id: c.id }, data: { archivedAt: clock(), lastCheckedAt: null } });
      const back = await callRoute(connectionRestore.POST, {
        method: "POST",
        token: tokens.owner,
        params: { brand: "acme", id: c.id },
      });
      expect(back.status, JSON.stringify(back.json)).toBe(200);
      expect(back.json.status).toBe("active");
      expect(back.json.last_checked_at).not.toBeNull();
    }
    // The check read the Page's identity again.
    expect((await db.channelConnection.findUniqueOrThrow({ where: { id: fb.id } })).displayName).not.toBe(
      "Acme on facebook",
    );
  });

  it("a network that cannot be asked leaves the connection archived, with a 503", async () => {
    const { ws, brand, actor } = await seedPublishing(db);
    const li = await db.channelConnection.findFirstOrThrow({ where: { brandId: brand.id, platform: "linkedin" } });
    await db.channelConnection.update({ where: { id: li.id }, data: { archivedAt: clock() } });
    const down = {
      verify: async () => {
        throw new OAuthError("unreachable", "LinkedIn: connect ECONNREFUSED");
      },
    } as unknown as OAuthClient;
    const restore = restoreConnection({
      db,
      actor: { ...actor, workspaceId: ws.id },
      ref: brand.slug,
      id: li.id,
      now: clock(),
      check: { keyRing: keyRingFromEnv(), clientFor: () => null, identityFor: () => down, notify: NOTIFY },
    });
    await expect(restore).rejects.toMatchObject({ code: "service_unavailable" });
    const row = await db.channelConnection.findUniqueOrThrow({ where: { id: li.id } });
    expect(row).toMatchObject({ status: "active", archivedAt: clock() });
  });
});

const NOTIFY = { emailEnabled: false, appUrl: "http://localhost:3000" };

/** A second connection row like `c` (the sandbox needs no real token). */
function connectionCopy(c: ChannelConnection) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = c;
  return rest;
}
