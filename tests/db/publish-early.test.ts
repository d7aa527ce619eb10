import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as daily from "@/app/api/orchestrator/daily/route";
import { runDaily } from "@/lib/orchestration/run-daily";
import { ensureLedgerRows } from "@/lib/orchestration/ensure-ledger-rows";
import { getRunStatus } from "@/lib/orchestration/get-run-status";
import { startFakes } from "../fakes/start-fakes";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { DAY, dailyInput, type Fakes, makeDeps, seedPublishing } from "./support/orchestration";
import { createApiToken } from "@/lib/api-tokens/create-api-token";

let db: Db;
let fakes: Fakes;
// LinkedIn is due at 09:00, Facebook at 10:00, X at 11:00 (UTC brand)
const clock = () => new Date(`${DAY}T10:30:00Z`);

beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
const deps = () => makeDeps(db, fakes, clock, {}, 5000);

describe('"Run now" and "Publish early"', () => {
  it("Run now publishes only posts whose time has come and names the ones that are not due", async () => {
    const { ws, brand, actor } = await seedPublishing(db);
    const xBefore = fakes.fakes.x.receivedCreates;
    // A dry run leaves out the same post, and says so.
    const dry = await runDaily(deps(), dailyInput(ws.id, { includeFuture: false, dryRun: true }));
    expect(dry.results.map((r) => r.platform).sort()).toEqual(["facebook", "linkedin"]);
    expect(dry.not_due.map((p) => p.platform)).toEqual(["x"]);
    const res = await runDaily(deps(), dailyInput(ws.id, { includeFuture: false, actor }));
    expect(res.results.map((r) => r.platform).sort()).toEqual(["facebook", "linkedin"]);
    expect(res.results.every((r) => r.status === "published")).toBe(true);
    expect(fakes.fakes.x.receivedCreates).toBe(xBefore);
    const x = await db.post.findFirstOrThrow({
      where: { brandId: brand.id, platform: "x", date: new Date(`${DAY}T00:00:00Z`) },
    });
    expect(res.not_due).toEqual([
      { post_id: x.id, brand: "acme", brand_name: "Acme", platform: "x", scheduled_at: x.scheduledAt.toISOString() },
    ]);
    expect(await db.auditEvent.count({ where: { workspaceId: ws.id, action: "run.manual" } })).toBe(1);

    // running again does not send X early either
    const again = await runDaily(deps(), dailyInput(ws.id, { includeFuture: false, actor }));
    expect(again.counts.total).toBe(0);
    expect(fakes.fakes.x.receivedCreates).toBe(xBefore);

    const early = await runDaily(deps(), dailyInput(ws.id, { includeFuture: true, actor }));
    expect(early.counts.published).toBe(1);
    expect(early.results.find((r) => r.platform === "x")?.status).toBe("published");
    expect(fakes.fakes.x.receivedCreates).toBe(xBefore + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: ws.id, action: "run.publish_early" } });
    expect((event.data as { early_posts: string[] }).early_posts).toEqual([x.id]);
  });

  it("Publish early sends exactly the posts its list named, for a brand named in any case", async () => {
    const { ws, brand, actor } = await seedPublishing(db);
    const early = () => new Date(`${DAY}T08:00:00Z`);
    const at8 = () => makeDeps(db, fakes, early, {}, 5000);
    const listed = await runDaily(at8(), dailyInput(ws.id, { includeFuture: false, actor, brandSlug: "ACME" }));
    expect(listed.not_due.map((p) => p.platform).sort()).toEqual(["facebook", "linkedin", "x"]);
    const x = listed.not_due.find((p) => p.platform === "x")!;
    const sent = { li: fakes.fakes.linkedin.receivedCreates, fb: fakes.fakes.facebook.receivedCreates };
    const res = await runDaily(at8(), dailyInput(ws.id, { includeFuture: true, actor, postIds: [x.post_id] }));
    expect(res.counts).toMatchObject({ total: 1, published: 1 });
    const states = await db.publication.findMany({
      where: { brandId: brand.id },
      select: { platform: true, state: true },
    });
    expect(states.filter((r) => r.state === "published").map((r) => r.platform)).toEqual(["x"]);
    expect([fakes.fakes.linkedin.receivedCreates, fakes.fakes.facebook.receivedCreates]).toEqual([sent.li, sent.fb]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: ws.id, action: "run.publish_early" },
      orderBy: { createdAt: "desc" },
    });
    expect((event.data as { early_posts: string[] }).early_posts).toEqual([x.post_id]);
  });

  it("the board calls a row no run has tried, whose time is still to come, scheduled rather than pending", async () => {
    const { ws } = await seedPublishing(db);
    const at8 = new Date(`${DAY}T08:00:00Z`);
    await ensureLedgerRows(db, { workspaceId: ws.id, date: DAY, dueOnly: false, catchupDays: 2 }, at8);
    const states = async (now: Date) =>
      (await getRunStatus({ db, workspaceId: ws.id, date: DAY, brandSlug: "acme", now })).rows.map((r) => r.state);
    expect(await states(at8)).toEqual(["scheduled", "scheduled", "scheduled"]);
    // Once their time has passed they wait for the next run: pending.
    expect(await states(new Date(`${DAY}T12:00:00Z`))).toEqual(["pending", "pending", "pending"]);
  });

  it("the API takes include_future as a boolean only, and a viewer cannot publish early", async () => {
    const { ws } = await seedPublishing(db, { connect: false });
    const editor = (await createApiToken({ db, workspaceId: ws.id, name: "e", role: "editor" })).token;
    const viewer = (await createApiToken({ db, workspaceId: ws.id, name: "v", role: "viewer" })).token;
    const bad = await callRoute(daily.POST, {
      method: "POST",
      token: editor,
      body: { execute_date: DAY, include_future: "yes" },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.details[0].path).toBe("include_future");
    const denied = await callRoute(daily.POST, {
      method: "POST",
      token: viewer,
      body: { execute_date: DAY, include_future: true },
    });
    expect(denied.status).toBe(403);
    expect(await db.publication.count({ where: { brand: { workspaceId: ws.id } } })).toBe(0);
  });
});
