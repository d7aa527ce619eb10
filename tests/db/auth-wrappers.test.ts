import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as brands from "@/app/api/brands/route";
import * as brandOne from "@/app/api/brands/[brand]/route";
import * as tokensRoute from "@/app/api/tokens/route";
import * as cronDaily from "@/app/api/cron/daily/route";
import * as health from "@/app/api/health/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRAND_BODY, seedWorkspace } from "./support/seed-workspace";

const BRAND = { ...BRAND_BODY, name: "Wrapper Brand" };

let db: Db;
let a: Awaited<ReturnType<typeof seedWorkspace>>;
let b: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  db = await useRouteEnv();
  a = await seedWorkspace(db);
  b = await seedWorkspace(db);
});

describe("withAuth", () => {
  it("answers 401 to an anonymous request", async () => {
    const res = await callRoute(brands.GET);
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthorized");
  });

  it("answers 401 to a bad or revoked token", async () => {
    expect((await callRoute(brands.GET, { token: "cmo_not-a-real-token" })).status).toBe(401);
    const row = await db.apiToken.findFirstOrThrow({ where: { workspaceId: a.workspace.id, role: "viewer" } });
    await db.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    expect((await callRoute(brands.GET, { token: a.tokens.viewer })).status).toBe(401);
    await db.apiToken.update({ where: { id: row.id }, data: { revokedAt: null } });
  });

  it("lets a viewer read but answers 403 when a viewer mutates, and changes nothing", async () => {
    expect((await callRoute(brands.GET, { token: a.tokens.viewer })).status).toBe(200);
    const res = await callRoute(brands.POST, { method: "POST", token: a.tokens.viewer, body: BRAND });
    expect(res.status).toBe(403);
    expect(await db.brand.count({ where: { workspaceId: a.workspace.id } })).toBe(0);
  });

  it("accepts a session cookie as well as a token", async () => {
    const res = await callRoute(brands.POST, { method: "POST", userId: a.users.editor, body: BRAND });
    expect(res.status).toBe(201);
    expect(res.json.slug).toBe("wrapper-brand");
  });

  it("answers 404 for another workspace's resource", async () => {
    const res = await callRoute(brandOne.GET, { token: b.tokens.owner, params: { brand: "wrapper-brand" } });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("not_found");
  });

  it("needs the owner role for API tokens", async () => {
    expect((await callRoute(tokensRoute.GET, { token: a.tokens.editor })).status).toBe(403);
    const created = await callRoute(tokensRoute.POST, {
      method: "POST",
      token: a.tokens.owner,
      body: { name: "script", role: "viewer" },
    });
    expect(created.status).toBe(201);
    expect(created.json.token).toMatch(/^cmo_/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.json.id } });
    expect(stored.tokenHash).not.toContain(created.json.token);
    expect((await callRoute(brands.GET, { token: created.json.token })).status).toBe(200);
  });
});

describe("errors", () => {
  it("answers 400 to malformed JSON and 422 with field paths to a bad body", async () => {
    const bad = await callRoute(brands.POST, { method: "POST", token: a.tokens.owner, rawBody: "{nope" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("invalid_json");
    const invalid = await callRoute(brands.POST, {
      method: "POST",
      token: a.tokens.owner,
      body: { ...BRAND, language: "de-DE", timezone: "Mars/Base" },
    });
    expect(invalid.status).toBe(422);
    const paths = invalid.json.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["language", "timezone"]));
    expect(invalid.json.error.details.find((d: { path: string }) => d.path === "language").message).toContain("en-US");
  });
});

describe("withCron", () => {
  it("refuses a missing or wrong secret, and refuses everything when CRON_SECRET is unset", async () => {
    expect((await callRoute(cronDaily.GET)).status).toBe(401);
    expect((await callRoute(cronDaily.GET, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const saved = process.env.CRON_SECRET;
    delete process.env.CRON_SECRET;
    expect((await callRoute(cronDaily.GET, { headers: { authorization: `Bearer ${saved}` } })).status).toBe(401);
    process.env.CRON_SECRET = saved;
  });
});

describe("health", () => {
  it("reports the database", async () => {
    const res = await callRoute(health.GET);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "ok", database: "ok", scheduler: { state: expect.any(String) } });
  });
});
