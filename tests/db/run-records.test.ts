import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { closeAbandonedRuns } from "@/lib/orchestration/close-abandoned-runs";
import { getRunStatus } from "@/lib/orchestration/get-run-status";
import { runDaily } from "@/lib/orchestration/run-daily";
import { DAY, dailyInput, type Fakes, ledger, makeDeps, seedPublishing } from "./support/orchestration";
import { crashAt, withPublishingFakes } from "./support/publishing-fakes";
import { waitForLeaseEnd } from "./support/lease";

let db: Db;
let url: string;
let fakes: Fakes;
withPublishingFakes((ctx) => ({ db, url, fakes } = ctx));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function attemptsOf(publicationId: string) {
  return db.publishAttempt.findMany({ where: { publicationId }, orderBy: [{ attempt: "asc" }, { startedAt: "asc" }] });
}

describe("a run whose process died", () => {
  it("is closed as abandoned by the next run, the send it had in flight recorded, the ledger's fence untouched", async () => {
    const { ws, brand } = await seedPublishing(db);
    await crashAt({ url, fakes, workspaceId: ws.id, point: "sent", platform: "x" });
    const dead = await db.orchestratorRun.findFirstOrThrow({ where: { triggeredBy: "crash-child" } });
    expect(dead.status).toBe("running");
    const stuck = (await ledger(db, brand.id)).x;
    expect([stuck.state, stuck.attempt, stuck.attempts]).toEqual(["sending", 1, []]);

    await waitForLeaseEnd(db, brand.id, "x");
    await sleep(Math.max(0, dead.leaseUntil!.getTime() - Date.now()));
    const left = await db.orchestratorRun.findUniqueOrThrow({ where: { id: dead.id } });
    await sleep(Math.max(0, left.leaseUntil!.getTime() - Date.now()) + 100);
    // The board says so before any run has closed it.
    const board = await getRunStatus({ db, workspaceId: ws.id, date: DAY });
    expect(board.runs.find((r) => r.id === dead.id)?.status).toBe("abandoned");

    const next = await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id, { platforms: ["x"] }),
    );
    const closed = await db.orchestratorRun.findUniqueOrThrow({ where: { id: dead.id } });
    expect(closed.status).toBe("abandoned");
    expect(closed.finishedAt).not.toBeNull();

    const row = (await ledger(db, brand.id)).x;
    // The next run's claim took attempt 2: closing the dead run did not move the fence.
    expect([row.state, row.attempt, row.remoteId]).toEqual(["published", 2, fakes.fakes.x.posts[0].id]);
    expect(fakes.fakes.x.receivedCreates).toBe(1);
    const attempts = await attemptsOf(row.id);
    expect(attempts.map((a) => [a.attempt, a.outcome, a.runId])).toEqual([
      [1, "abandoned", dead.id],
      [2, "reconciled", next.run_id],
    ]);
    expect(attempts[0].responseExcerpt).toMatch(/process ended/);
    expect(attempts[0].finishedAt).not.toBeNull();

    // Closing again finds nothing and writes nothing twice.
    expect(await closeAbandonedRuns(db, new Date())).toEqual([]);
    expect(await attemptsOf(row.id)).toHaveLength(2);
  }, 120_000);

  it("is never closed while it still works: a send outliving the first lease keeps the run alive", async () => {
    const { ws, brand } = await seedPublishing(db);
    fakes.fakes.x.setLatency(4_000);
    const deps = makeDeps(db, fakes, () => new Date(), { leaseMs: 1_500 }, 10_000);
    const working = runDaily(deps, dailyInput(ws.id, { platforms: ["x"] }));
    for (let i = 0; i < 100 && (await ledger(db, brand.id)).x?.state !== "sending"; i++) await sleep(50);
    await sleep(2_500);
    const run = await db.orchestratorRun.findFirstOrThrow({ where: { status: "running" } });
    expect(run.startedAt.getTime()).toBeLessThan(Date.now() - 1_500 * 1.5);
    expect(await closeAbandonedRuns(db, new Date())).toEqual([]);
    const board = await getRunStatus({ db, workspaceId: ws.id, date: DAY });
    expect(board.runs.find((r) => r.id === run.id)?.status).toBe("running");

    const done = await working;
    expect(await db.orchestratorRun.findUniqueOrThrow({ where: { id: done.run_id } })).toMatchObject({
      status: "finished",
      leaseUntil: null,
    });
    const row = (await ledger(db, brand.id)).x;
    expect(row.state).toBe("published");
    expect((await attemptsOf(row.id)).map((a) => a.outcome)).toEqual(["published"]);
  }, 60_000);
});

describe("a run's counts", () => {
  it("count a post retried within the run once, by its last outcome", async () => {
    const { ws, brand } = await seedPublishing(db);
    fakes.fakes.x.failNext("5xx", { on: "create" });
    // Once the first send has failed, each reading of the clock moves it on an hour, up to two: the failure
    // is written an hour on, and the run's next search, two hours on, finds its retry due and claims it.
    let shifts = 0;
    const clock = () =>
      new Date(Date.now() + (fakes.fakes.x.receivedCreates > 0 ? Math.min(++shifts, 2) * 3_600_000 : 0));
    const run = await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id, { platforms: ["x"] }));
    const row = (await ledger(db, brand.id)).x;
    expect([row.state, row.attempt]).toEqual(["published", 2]);
    expect((await attemptsOf(row.id)).map((a) => a.runId)).toEqual([run.run_id, run.run_id]);

    expect(run.counts).toEqual({ total: 1, published: 1 });
    const stored = await db.orchestratorRun.findUniqueOrThrow({ where: { id: run.run_id } });
    expect(stored.counts).toEqual({ total: 1, published: 1 });
    expect(stored.results).toHaveLength(1);
    // One brand's board counts the run's attempts: there too the post counts once.
    const board = await getRunStatus({ db, workspaceId: ws.id, date: DAY, brandSlug: "acme" });
    expect(board.runs.find((r) => r.id === run.run_id)?.counts).toEqual({ total: 1, published: 1 });
  }, 60_000);
});

describe("an attempt that could not check the network", () => {
  it("keeps the network's raw answer and HTTP status, as the row's error quotes it", async () => {
    const { ws, brand } = await seedPublishing(db);
    fakes.fakes.x.failNext("timeout_after_accept", { on: "create" });
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id, { platforms: ["x"] }),
    );
    expect((await ledger(db, brand.id)).x.state).toBe("unknown");
    fakes.fakes.x.failNext("5xx", { on: "list" });
    const tomorrow = () => new Date(Date.now() + 24 * 3_600_000);
    await runDaily(makeDeps(db, fakes, tomorrow), dailyInput(ws.id, { platforms: ["x"] }));
    const row = (await ledger(db, brand.id)).x;
    expect(row.state).toBe("unknown");
    expect(row.lastError).toMatch(/^Could not check the network for an earlier send/);
    const failed = (await attemptsOf(row.id)).find((a) => a.outcome === "reconcile_failed")!;
    expect(failed.httpStatus).toBe(503);
    expect(failed.responseExcerpt).toMatch(/^HTTP 503\n.*Service Unavailable/s);
    expect(fakes.fakes.x.receivedCreates).toBe(1);
  }, 60_000);
});
