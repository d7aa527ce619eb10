import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { runDaily } from "@/lib/orchestration/run-daily";
import { retrySlot } from "@/lib/orchestration/retry-slot";
import { claimPublications } from "@/lib/orchestration/claim-publications";
import { finishAttempt, finishQueue, LeaseLost } from "@/lib/orchestration/fenced-write";
import { ensureLedgerRows } from "@/lib/orchestration/ensure-ledger-rows";
import { resetDb } from "../setup/db";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { ACCOUNTS, DAY, dailyInput, type Fakes, ledger, makeDeps, seedPublishing } from "./support/orchestration";
import { addDays } from "@/lib/dates/days";
import { updatePost } from "@/lib/plans/update-post";

let db: Db;
let fakes: Fakes;
let now: Date;
const clock = () => now;
const shiftDay = (days: number) => addDays(DAY, days);
const later = (ms: number) => (now = new Date(now.getTime() + ms));

beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
beforeEach(async () => {
  await resetDb(db);
  for (const f of Object.values(fakes.fakes)) f.reset();
  now = new Date();
});

const created = () => ({
  linkedin: fakes.fakes.linkedin.receivedCreates,
  facebook: fakes.fakes.facebook.receivedCreates,
  x: fakes.fakes.x.receivedCreates,
});
const visible = () => ({
  linkedin: fakes.fakes.linkedin.posts.length,
  facebook: fakes.fakes.facebook.posts.length,
  x: fakes.fakes.x.posts.length,
});

describe("the daily run", () => {
  it("publishes each approved post once and records the remote id with the attempt", async () => {
    const { ws, brand } = await seedPublishing(db);
    const res = await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    expect(res.results.map((r) => r.status)).toEqual(["published", "published", "published"]);
    expect(visible()).toEqual({ linkedin: 1, facebook: 1, x: 1 });
    const rows = await ledger(db, brand.id);
    expect(rows.linkedin.remoteId).toBe(fakes.fakes.linkedin.posts[0].id);
    expect(rows.x.remoteUrl).toContain("x.com");
    expect(rows.facebook.remoteId).toMatch(new RegExp(`^${ACCOUNTS.facebook}_`));
    expect(rows.x.attempts).toHaveLength(1);
    expect(rows.x.attempts[0].httpStatus).toBe(201);
    expect(await db.post.count({ where: { brandId: brand.id, status: "published" } })).toBe(3);
    const again = await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    expect(again.counts.total).toBe(0);
    expect(created()).toEqual({ linkedin: 1, facebook: 1, x: 1 });
  });

  it("publishes only approved posts", async () => {
    const { ws, brand } = await seedPublishing(db);
    await db.post.updateMany({ where: { brandId: brand.id, platform: "facebook" }, data: { status: "draft" } });
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    expect(visible()).toEqual({ linkedin: 1, facebook: 0, x: 1 });
  });

  it("20 parallel runs for the same date publish each post exactly once", async () => {
    const { ws } = await seedPublishing(db);
    fakes.fakes.x.setLatency(30);
    await Promise.all(Array.from({ length: 20 }, () => runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id))));
    expect(created()).toEqual({ linkedin: 1, facebook: 1, x: 1 });
    await Promise.all(Array.from({ length: 5 }, () => runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id))));
    expect(created()).toEqual({ linkedin: 1, facebook: 1, x: 1 });
  });

  it("refuses a future date unless it is a dry run, and a date outside the catch-up window", async () => {
    const { ws } = await seedPublishing(db);
    await expect(
      runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id, { executeDate: shiftDay(1) })),
    ).rejects.toMatchObject({ code: "validation_error" });
    await expect(
      runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id, { executeDate: shiftDay(-3) })),
    ).rejects.toMatchObject({ code: "validation_error" });
    const dry = await runDaily(
      makeDeps(db, fakes, clock),
      dailyInput(ws.id, { executeDate: shiftDay(1), dryRun: true }),
    );
    expect(dry.dry_run).toBe(true);
  });

  it("a dry run renders the exact requests, sends nothing and leaves the ledger alone", async () => {
    const { ws } = await seedPublishing(db);
    const res = await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id, { dryRun: true }));
    expect(created()).toEqual({ linkedin: 0, facebook: 0, x: 0 });
    expect(await db.publication.count()).toBe(0);
    const li = (
      res.results as {
        platform: string;
        request: { url: string; headers: Record<string, string>; body: string };
        status: string;
      }[]
    ).find((r) => r.platform === "linkedin")!;
    expect(li.status).toBe("would_publish");
    expect(li.request.url).toBe(`${fakes.urls.linkedin}/rest/posts`);
    expect(JSON.parse(li.request.body)).toMatchObject({
      author: ACCOUNTS.linkedin,
      visibility: "PUBLIC",
      lifecycleState: "PUBLISHED",
    });
    expect(JSON.stringify(li.request.headers)).not.toContain("li-test-token");
    expect(await db.orchestratorRun.count({ where: { dryRun: true } })).toBe(1);
  });
});

describe("the fault matrix", () => {
  it("5xx then success: retried after backoff, one post", async () => {
    const { ws, brand } = await seedPublishing(db);
    fakes.fakes.x.failNext("5xx");
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    let rows = await ledger(db, brand.id);
    expect(rows.x.state).toBe("failed");
    expect(rows.x.failureClass).toBe("retryable");
    expect(rows.x.nextAttemptAt!.getTime()).toBeGreaterThan(now.getTime());
    later(rows.x.nextAttemptAt!.getTime() - now.getTime() + 1000);
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    rows = await ledger(db, brand.id);
    expect(rows.x.state).toBe("published");
    expect(rows.x.attempts.map((a) => a.outcome).sort()).toEqual(["failed", "published"]);
    expect(fakes.fakes.x.posts).toHaveLength(1);
  });

  for (const kind of ["timeout_after_accept", "reset_after_accept"] as const) {
    it(`${kind}: the row is unknown, then reconciled to the post that exists — never sent twice`, async () => {
      const { ws, brand } = await seedPublishing(db);
      fakes.fakes.linkedin.failNext(kind);
      await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
      let rows = await ledger(db, brand.id);
      expect(rows.linkedin.state).toBe("unknown");
      expect(fakes.fakes.linkedin.posts).toHaveLength(1);
      later(24 * 3600_000);
      await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
      rows = await ledger(db, brand.id);
      expect(rows.linkedin.state).toBe("published");
      expect(rows.linkedin.remoteId).toBe(fakes.fakes.linkedin.posts[0].id);
      expect(fakes.fakes.linkedin.receivedCreates).toBe(1);
      expect(rows.linkedin.attempts.map((a) => a.outcome)).toContain("reconciled");
    });
  }

  it("a row that may be live is never failed before the network is asked: a dead connection keeps it unknown", async () => {
    const { ws, brand } = await seedPublishing(db);
    fakes.fakes.linkedin.failNext("timeout_after_accept");
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    expect((await ledger(db, brand.id)).linkedin.state).toBe("unknown");
    const where = { brandId: brand.id, platform: "linkedin" as const };
    await db.channelConnection.updateMany({ where, data: { status: "needs_reconnect", statusReason: "revoked" } });
    later(24 * 3600_000);
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    let row = (await ledger(db, brand.id)).linkedin;
    // A failure would tell a person to fix the post and approve it again: a second copy.
    expect(row.state).toBe("unknown");
    expect(row.lastError).toMatch(/^Could not check the network for an earlier send: .*reconnected/);
    await db.channelConnection.updateMany({ where, data: { status: "active", statusReason: null } });
    later(24 * 3600_000);
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    row = (await ledger(db, brand.id)).linkedin;
    expect([row.state, row.remoteId]).toEqual(["published", fakes.fakes.linkedin.posts[0].id]);
    expect(fakes.fakes.linkedin.receivedCreates).toBe(1);
  });

  it("a run whose sends outlast its lease keeps it: a second run started meanwhile sends nothing again", async () => {
    const { ws } = await seedPublishing(db);
    for (const f of Object.values(fakes.fakes)) f.setLatency(2_400);
    const realTime = () => new Date();
    // Leases of 0.9 s, renewed every 0.5 s while the first run waits on the slow network.
    const deps = () => makeDeps(db, fakes, realTime, { leaseMs: 900 }, 10_000);
    const first = runDaily(deps(), dailyInput(ws.id));
    await new Promise((r) => setTimeout(r, 1_300));
    const second = await runDaily(deps(), dailyInput(ws.id));
    await first;
    expect(second.counts).toEqual({ total: 0 });
    expect(created()).toEqual({ linkedin: 1, facebook: 1, x: 1 });
  });

  it("a first send the network calls a duplicate, with no copy of its own, is not published: it fails, saying why", async () => {
    const { ws, brand } = await seedPublishing(db);
    fakes.fakes.facebook.failNext("duplicate");
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    const row = (await ledger(db, brand.id)).facebook;
    expect([row.state, row.failureClass, row.remoteId]).toEqual(["failed", "rejected", null]);
    expect(row.lastError).toMatch(/already has this text from an earlier post, not this one\. Edit this post/);
    expect((await db.post.findUniqueOrThrow({ where: { id: row.postId } })).status).toBe("failed");
  });

  it("connection reset before the network took it: reconciled as absent, then sent once", async () => {
    const { ws, brand } = await seedPublishing(db);
    fakes.fakes.facebook.failNext("reset", { on: "create" });
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    expect(fakes.fakes.facebook.posts).toHaveLength(0);
    later(24 * 3600_000);
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    const rows = await ledger(db, brand.id);
    expect(rows.facebook.state).toBe("published");
    expect(fakes.fakes.facebook.posts).toHaveLength(1);
  });

  it("429 with x-rate-limit-reset: waits until the reset", async () => {
    const { ws, brand } = await seedPublishing(db);
    fakes.fakes.x.failNext("429", { resetInSeconds: 3 * 3600 });
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    const rows = await ledger(db, brand.id);
    expect(rows.x.state).toBe("failed");
    expect(rows.x.failureClass).toBe("retryable");
    expect(rows.x.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(Date.now() + 3 * 3600_000 - 10_000);
  });

  it("401: needs a reconnect, the connection is flagged, and retry refuses until it is fixed", async () => {
    const { ws, brand, actor } = await seedPublishing(db);
    fakes.fakes.facebook.failNext("401");
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    const rows = await ledger(db, brand.id);
    expect(rows.facebook.state).toBe("failed");
    expect(rows.facebook.failureClass).toBe("needs_reconnect");
    const conn = await db.channelConnection.findFirstOrThrow({ where: { brandId: brand.id, platform: "facebook" } });
    expect(conn.status).toBe("needs_reconnect");
    await expect(
      retrySlot(makeDeps(db, fakes, clock), {
        workspaceId: ws.id,
        date: DAY,
        platform: "facebook",
        triggeredBy: "t",
        catchupDays: 2,
        actor,
      }),
    ).rejects.toMatchObject({ code: "needs_reconnect" });
    await db.channelConnection.update({ where: { id: conn.id }, data: { status: "active" } });
    const retried = await retrySlot(makeDeps(db, fakes, clock), {
      workspaceId: ws.id,
      date: DAY,
      platform: "facebook",
      triggeredBy: "t",
      catchupDays: 2,
      actor,
    });
    expect(retried.results[0].status).toBe("published");
    expect(fakes.fakes.facebook.posts).toHaveLength(1);
    // the activity log: one retry, by the person who asked, for the run that retried (the refused one is not there)
    const events = await db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "run.retry" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityId: retried.run_id, actorLabel: actor.label });
  });

  for (const network of ["linkedin", "facebook", "x"] as const) {
    it(`${network} duplicate error: recorded as published with the existing id, never re-posted`, async () => {
      const { ws, brand } = await seedPublishing(db);
      // The post already went out (say, before a crash wiped our memory of it).
      const deps = makeDeps(db, fakes, clock);
      const post = await db.post.findFirstOrThrow({
        where: { brandId: brand.id, platform: network, status: "approved" },
      });
      const channel = await deps.channels(brand.id, network);
      const first = await channel.publisher.publish({
        payload: { network, text: post.body, link: network === "facebook" ? post.link : null },
        accountId: channel.accountId,
        accessToken: channel.accessToken,
        contentHash: post.contentHash,
      });
      expect(first.ok).toBe(true);
      await runDaily(deps, dailyInput(ws.id, { platforms: [network] }));
      const rows = await ledger(db, brand.id);
      expect(rows[network].state).toBe("published");
      expect(rows[network].remoteId).toBe(first.ok ? first.remoteId : null);
      expect(fakes.fakes[network].posts).toHaveLength(1);
    });
  }

  it("a failed post that is edited goes back for approval, one that is moved keeps it: either then publishes", async () => {
    now = new Date(`${DAY}T08:00:00Z`);
    const { ws, brand, actor } = await seedPublishing(db, { now });
    fakes.fakes.x.failNext("400");
    fakes.fakes.facebook.failNext("400");
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id, { platforms: ["x", "facebook"] }));
    const failed = await db.post.findMany({ where: { brandId: brand.id, status: "failed" } });
    expect(failed.map((p) => p.platform).sort()).toEqual(["facebook", "x"]);
    const x = failed.find((p) => p.platform === "x")!;
    const fb = failed.find((p) => p.platform === "facebook")!;

    const edited = await updatePost({
      db,
      actor,
      id: x.id,
      input: { version: x.version, body: `${x.body} (edited)` },
      now,
    });
    expect(edited.status).toBe("draft");
    await updatePost({ db, actor, id: x.id, input: { version: edited.version, status: "approved" }, now });
    const moved = await updatePost({ db, actor, id: fb.id, input: { version: fb.version, time: "12:00" }, now });
    expect(moved.status).toBe("approved");

    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id, { platforms: ["x", "facebook"] }));
    const rows = await ledger(db, brand.id);
    expect([rows.x.state, rows.facebook.state]).toEqual(["published", "published"]);
    expect(fakes.fakes.x.posts.map((p) => p.sentText)).toEqual([`${x.body} (edited)`]);
    expect(fakes.fakes.facebook.posts).toHaveLength(1);
  });

  it("400: rejected, not retried", async () => {
    const { ws, brand } = await seedPublishing(db);
    fakes.fakes.x.failNext("400");
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id));
    let rows = await ledger(db, brand.id);
    expect(rows.x.failureClass).toBe("rejected");
    expect(rows.x.nextAttemptAt).toBeNull();
    later(7 * 24 * 3600_000);
    await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id, { dryRun: true }));
    rows = await ledger(db, brand.id);
    expect(rows.x.attempts).toHaveLength(1);
    expect(fakes.fakes.x.posts).toHaveLength(0);
  });
});

describe("leases and fencing", () => {
  it("a slow worker whose lease expired changes nothing", async () => {
    const { ws, brand } = await seedPublishing(db);
    const scope = {
      workspaceId: ws.id,
      brandIds: [brand.id],
      platforms: ["x" as const],
      date: DAY,
      dueOnly: false,
      catchupDays: 2,
    };
    await ensureLedgerRows(db, scope, now);
    const [slow] = await claimPublications(db, scope, { now, limit: 1, workerId: "slow", leaseMs: 1000 });
    expect(slow.attempt).toBe(1);
    later(5000);
    const res = await runDaily(makeDeps(db, fakes, clock), dailyInput(ws.id, { platforms: ["x"] }));
    expect(res.results.find((r) => r.platform === "x")!.status).toBe("published");
    const before = await db.publication.findUniqueOrThrow({ where: { id: slow.id } });
    await expect(
      finishAttempt(
        db,
        slow,
        { state: "failed", failureClass: "rejected", lastError: "late" },
        { runId: null, outcome: "failed", startedAt: now, finishedAt: now },
        "failed",
      ),
    ).rejects.toBeInstanceOf(LeaseLost);
    const after = await db.publication.findUniqueOrThrow({ where: { id: slow.id }, include: { attempts: true } });
    expect(after.state).toBe("published");
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(after.attempts.every((a) => a.attempt === 2)).toBe(true);
    expect(fakes.fakes.x.posts).toHaveLength(1);
  });

  it("a batched finish writes the rows whose attempt still matches and rejects only the stale one", async () => {
    const { ws, brand } = await seedPublishing(db);
    const scope = { workspaceId: ws.id, brandIds: [brand.id], date: DAY, dueOnly: false, catchupDays: 2 };
    await ensureLedgerRows(db, scope, now);
    const first = await claimPublications(db, scope, { now, limit: 3, workerId: "a", leaseMs: 1000 });
    expect(first).toHaveLength(3);
    later(5000);
    // The lease on one row runs out and another worker takes it: that claim's finish must change nothing.
    // The first finish is written alone at once; the next two share one statement, the stale one among them.
    const stale = first[1];
    const [taken] = await claimPublications(
      db,
      { ...scope, platforms: [stale.platform] },
      { now, limit: 1, workerId: "b", leaseMs: 60_000 },
    );
    expect(taken.id).toBe(stale.id);
    expect(taken.attempt).toBe(stale.attempt + 1);
    const finish = finishQueue(db);
    const outcomes = await Promise.allSettled(
      first.map((c) =>
        finish({
          claim: c,
          data: { state: "published", remoteId: `r-${c.id}`, publishedAt: now },
          attempt: { runId: null, outcome: "published", startedAt: now, finishedAt: now },
          postStatus: "published",
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(LeaseLost);
    const rows = await db.publication.findMany({
      where: { id: { in: first.map((c) => c.id) } },
      include: { attempts: true, post: true },
    });
    for (const row of rows) {
      if (row.id === stale.id) {
        expect(row).toMatchObject({ state: "claimed", attempt: taken.attempt, remoteId: null, leaseOwner: "b" });
        expect(row.attempts).toHaveLength(0);
        expect(row.post.status).toBe("approved");
      } else {
        expect(row).toMatchObject({ state: "published", remoteId: `r-${row.id}`, leaseOwner: null });
        expect(row.attempts.map((a) => a.attempt)).toEqual([row.attempt]);
        expect(row.post.status).toBe("published");
      }
    }
  });
});
