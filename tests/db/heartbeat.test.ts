import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import * as health from "@/app/api/health/route";
import * as heartbeat from "@/app/api/orchestrator/heartbeat/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { getHeartbeat, STALE_AFTER_MS } from "@/lib/scheduler/get-heartbeat";
import { runScheduledJob } from "@/lib/wiring/scheduler-deps";
import { resetDb } from "../setup/db";
import { startFakes } from "../fakes/start-fakes";
import { callRoute } from "./support/call-route";
import { useRouteEnv } from "./support/route-env";
import { type Fakes, fakeEnv, seedPublishing } from "./support/orchestration";

let db: Db;
let fakes: Fakes;

beforeAll(async () => {
  fakes = await startFakes();
  db = await useRouteEnv({ ...fakeEnv(fakes), PUBLISH_TIMEOUT_MS: "2000" });
});
afterAll(async () => fakes.stop());
beforeEach(async () => {
  await resetDb(db);
  fakes.reset();
});

const publishRun = (startedAt: Date, status = "finished") =>
  db.jobRun.create({ data: { job: "publish", source: "scheduler", tick: startedAt, host: "h", status, startedAt } });

describe("the publishing heartbeat", () => {
  it("is stalled when posts are due and nothing ran for 2 hours, ok after a run, failing when the last run failed", async () => {
    const { ws } = await seedPublishing(db);
    // The seeded day's posts go out at 09:00, 10:00 and 11:00 UTC; at 12:00 all three are due.
    const day = (await db.post.findFirstOrThrow({ where: { brand: { workspaceId: ws.id }, status: "approved" } })).date;
    const noon = new Date(day.getTime() + 12 * 3_600_000);
    expect(await getHeartbeat({ db, catchupDays: 2, now: noon, workspaceId: ws.id })).toMatchObject({
      state: "stalled",
      last_run_at: null,
      due: 3,
      next_run_at: new Date(noon.getTime() + 60_000).toISOString(),
    });
    await publishRun(new Date(noon.getTime() - STALE_AFTER_MS - 1));
    expect((await getHeartbeat({ db, catchupDays: 2, now: noon, workspaceId: ws.id })).state).toBe("stalled");
    await publishRun(new Date(noon.getTime() - STALE_AFTER_MS + 1));
    expect((await getHeartbeat({ db, catchupDays: 2, now: noon, workspaceId: ws.id })).state).toBe("ok");
    await publishRun(new Date(noon.getTime() - 1000), "failed");
    expect((await getHeartbeat({ db, catchupDays: 2, now: noon, workspaceId: ws.id })).state).toBe("failing");
    // Another workspace has nothing due: with no recent run it is idle, not stalled.
    const other = await db.workspace.create({ data: { slug: "other", name: "Other" } });
    const later = new Date(noon.getTime() + 3 * STALE_AFTER_MS);
    expect(await getHeartbeat({ db, catchupDays: 2, now: later, workspaceId: other.id })).toMatchObject({
      state: "idle",
      due: 0,
    });
    expect((await getHeartbeat({ db, catchupDays: 2, now: later })).state).toBe("stalled");
    // Past the catch-up window the posts are missed, not due: nothing waits for the scheduler.
    const weekLater = new Date(noon.getTime() + 7 * 86_400_000);
    expect(await getHeartbeat({ db, catchupDays: 2, now: weekLater, workspaceId: ws.id })).toMatchObject({
      state: "idle",
      due: 0,
    });
  });

  it("after a real cron run, counts what it published for the caller's workspace only; /api/health shows the state", async () => {
    const a = await seedPublishing(db);
    const b = await seedPublishing(db, { connect: false });
    const before = await callRoute(health.GET, { path: "/api/health" });
    expect(before.status).toBe(200);
    expect(before.json).toMatchObject({ status: "ok", scheduler: { last_run_at: null } });

    // Publish everything due now (the seeded posts are at 09:00–11:00 UTC today).
    await db.post.updateMany({ where: { status: "approved" }, data: { scheduledAt: new Date(Date.now() - 60_000) } });
    await runScheduledJob(db, "publish", { at: new Date(), source: "cron" });

    const tokenA = (await createApiToken({ db, workspaceId: a.ws.id, name: "v", role: "viewer" })).token;
    const tokenB = (await createApiToken({ db, workspaceId: b.ws.id, name: "v", role: "viewer" })).token;
    const beatA = await callRoute(heartbeat.GET, { path: "/api/orchestrator/heartbeat", token: tokenA });
    expect(beatA.status).toBe(200);
    expect(beatA.json).toMatchObject({ state: "ok", last_run_status: "finished", last_run_published: 3, due: 0 });
    // B's posts went to the sandbox in the same run; A's three are not counted for B.
    const beatB = await callRoute(heartbeat.GET, { path: "/api/orchestrator/heartbeat", token: tokenB });
    expect(beatB.json).toMatchObject({ state: "ok", last_run_published: 3 });
    const attemptsB = await db.publishAttempt.count({ where: { publication: { brand: { workspaceId: b.ws.id } } } });
    expect(attemptsB).toBe(3);

    const after = await callRoute(health.GET, { path: "/api/health" });
    expect(after.json.scheduler.state).toBe("ok");
    expect(Date.parse(after.json.scheduler.last_run_at)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(after.json)).not.toMatch(/published|due/);

    expect((await callRoute(heartbeat.GET, { path: "/api/orchestrator/heartbeat" })).status).toBe(401);
  });
});
