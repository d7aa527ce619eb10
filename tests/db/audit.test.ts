import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import * as audit from "@/app/api/audit/route";
import * as generate from "@/app/api/strategy/generate/route";
import * as approve from "@/app/api/strategy/approve/route";
import * as postRoute from "@/app/api/posts/[id]/route";
import * as brandRoute from "@/app/api/brands/[brand]/route";
import * as undo from "@/app/api/undo/route";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { BRIEF, seedWorkspace } from "./support/seed-workspace";

vi.setConfig({ testTimeout: 120_000 });

let db: Db;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let other: Awaited<ReturnType<typeof seedWorkspace>>;
const get = (query: string, token = ws.tokens.editor) => callRoute(audit.GET, { token, path: `/api/audit?${query}` });

beforeAll(async () => {
  db = await useRouteEnv();
  ws = await seedWorkspace(db);
  other = await seedWorkspace(db);
  const gen = (name: string) =>
    callRoute(generate.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { ...BRIEF, brand_name: name, start_date: "2030-05-01", duration_days: 3 },
    });
  expect((await gen("Alpha")).status).toBe(201);
  expect((await gen("Beta")).status).toBe(201);
  const post = await db.post.findFirstOrThrow({ where: { brand: { slug: "alpha", workspaceId: ws.workspace.id } } });
  await callRoute(postRoute.PATCH, {
    method: "PATCH",
    token: ws.tokens.owner,
    params: { id: post.id },
    body: { body: "Edited by the owner", version: post.version },
  });
  await callRoute(approve.POST, { method: "POST", token: ws.tokens.editor, body: { brand: "beta" } });
  await callRoute(brandRoute.DELETE, { method: "DELETE", token: ws.tokens.owner, params: { brand: "beta" } });
});

describe("GET /api/audit", () => {
  it("lists the workspace's events newest first, with who, what, which brand and when", async () => {
    const res = await get("");
    expect(res.status).toBe(200);
    const actions = res.json.events.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 3)).toEqual(["brand.archive", "post.bulk_approve", "post.edit"]);
    const edit = res.json.events.find((e: { action: string }) => e.action === "post.edit");
    expect(Object.keys(edit).sort()).toEqual(
      [
        "action",
        "actor",
        "actor_name",
        "at",
        "brand",
        "brand_name",
        "details",
        "id",
        "target_id",
        "target_name",
        "target_type",
      ].sort(),
    );
    expect(edit.actor).toBe("token:owner");
    expect(edit.brand).toBe("alpha");
    expect(edit.target_type).toBe("post");
    expect(res.json.events.find((e: { action: string }) => e.action === "brand.archive").brand).toBe("beta");
    expect(res.json.next_cursor).toBeNull();
  });

  it("filters by brand, person, action (exact or family) and dates", async () => {
    const beta = await get("brand=beta");
    expect(new Set(beta.json.events.map((e: { brand: string }) => e.brand))).toEqual(new Set(["beta"]));
    expect(beta.json.events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(["brand.archive", "post.bulk_approve", "plan.generate"]),
    );
    const owner = await get("actor=token:owner");
    expect(owner.json.events.map((e: { action: string }) => e.action).sort()).toEqual(["brand.archive", "post.edit"]);
    expect((await get("action=post")).json.events.map((e: { action: string }) => e.action).sort()).toEqual([
      "post.bulk_approve",
      "post.edit",
    ]);
    expect((await get("action=post.edit")).json.events).toHaveLength(1);
    expect((await get("from=2001-01-01&to=2001-01-02")).json.events).toHaveLength(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await get(`from=${today}`)).json.events.length).toBeGreaterThanOrEqual(5);
  });

  it("pages with a cursor, without gaps or repeats", async () => {
    const all = (await get("limit=200")).json.events.map((e: { id: string }) => e.id);
    const seen: string[] = [];
    let cursor = "";
    do {
      const page = await get(`limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.json.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.events.map((e: { id: string }) => e.id));
      cursor = page.json.next_cursor ?? "";
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("downloads the filtered events as a neutralised CSV", async () => {
    await db.auditEvent.create({
      data: {
        workspaceId: ws.workspace.id,
        actorLabel: '=HYPERLINK("http://evil")',
        action: "post.edit",
        entityType: "post",
        entityId: "x",
      },
    });
    const res = await get("action=post.edit&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const lines = res.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("at,actor,action,brand,target_type,target_id,details");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const semi = await get("action=post.edit&format=csv&delimiter=semicolon");
    expect(semi.text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
      "at;actor;action;brand;target_type;target_id;details",
    );
    expect((await get("action=post.edit&format=csv&delimiter=pipe")).status).toBe(422);
  });

  it("is for editors and up, shows nothing of another workspace, and refuses bad filters with 422", async () => {
    expect((await get("", ws.tokens.viewer)).status).toBe(403);
    expect((await callRoute(audit.GET, { path: "/api/audit" })).status).toBe(401);
    const foreign = await get("", other.tokens.owner);
    expect(foreign.status).toBe(200);
    expect(foreign.json.events).toEqual([]);
    expect((await get("brand=alpha", other.tokens.owner)).json.events).toEqual([]);
    for (const bad of [
      "cursor=nonsense",
      "action=DROP TABLE",
      "from=2030-02-31",
      "from=2030-02-02&to=2030-02-01",
      "limit=0",
    ]) {
      const res = await get(bad);
      expect(res.status, bad).toBe(422);
      expect(res.json.error.code).toBe("validation_error");
    }
  });

  it("finds an undo's brand through the change it undid", async () => {
    const edit = (await get("action=post.edit&brand=alpha")).json.events[0];
    const undone = await callRoute(undo.POST, {
      method: "POST",
      token: ws.tokens.editor,
      body: { change_id: edit.id },
    });
    expect(undone.status, undone.text).toBe(200);
    const alpha = await get("brand=alpha&action=change.undo");
    expect(alpha.json.events.map((e: { brand: string; target_id: string }) => [e.brand, e.target_id])).toEqual([
      ["alpha", edit.id],
    ]);
    expect((await get("brand=beta&action=change.undo")).json.events).toEqual([]);
  });
});
