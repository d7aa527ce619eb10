import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { runDaily } from "@/lib/orchestration/run-daily";
import { announceOutcomes } from "@/lib/orchestration/announce-outcomes";
import { claimPublications } from "@/lib/orchestration/claim-publications";
import { ensureLedgerRows } from "@/lib/orchestration/ensure-ledger-rows";
import { finishAttempt } from "@/lib/orchestration/fenced-write";
import { resetDb } from "../setup/db";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { DAY, dailyInput, type Fakes, makeDeps, seedPublishing } from "./support/orchestration";

let db: Db;
let fakes: Fakes;
const notify = { emailEnabled: true, appUrl: "http://localhost:3000" };

beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
beforeEach(async () => {
  await resetDb(db);
  for (const f of Object.values(fakes.fakes)) f.reset();
});

/** A publishing workspace with an owner and a webhook endpoint subscribed to every publishing event. */
async function seed() {
  const seeded = await seedPublishing(db);
  const owner = await db.user.create({
    data: { email: `owner-${seeded.ws.slug}@example.com`, name: "Owner", passwordHash: "x" },
  });
  await db.membership.create({ data: { userId: owner.id, workspaceId: seeded.ws.id, role: "owner" } });
  await db.webhookEndpoint.create({
    data: {
      workspaceId: seeded.ws.id,
      url: "http://127.0.0.1:9/hooks",
      secretEnc: "unused-here",
      events: ["post.published", "post.failed", "connection.needs_reconnect"],
    },
  });
  return { ...seeded, ownerId: owner.id };
}

async function outboxEvents(workspaceId: string) {
  const rows = await db.outboxMessage.findMany({ where: { workspaceId } });
  return rows.map((r) => `${r.channel}:${r.eventType}`).sort();
}

/** The workspace's ledger rows for DAY, written, and the first `limit` of them (on `platforms`) claimed. */
async function claimDay(workspaceId: string, now: Date, limit: number, platforms?: "x"[]) {
  const scope = { workspaceId, dueOnly: false, catchupDays: 2, date: DAY, ...(platforms ? { platforms } : {}) };
  await ensureLedgerRows(db, scope, now);
  return claimPublications(db, scope, { now, limit, workerId: "w", leaseMs: 60_000 });
}

describe("publishing outcomes are announced through the outbox", () => {
  it("post.published, post.failed and connection.needs_reconnect go out once each, with two runs at once", async () => {
    const w = await seed();
    // LinkedIn publishes; Facebook refuses the content (final); X says the token is dead (final, reconnect).
    fakes.fakes.facebook.failNext("400", { on: "create" });
    fakes.fakes.x.failNext("401", { on: "create" });
    const clock = () => new Date();
    await Promise.all([
      runDaily(makeDeps(db, fakes, clock, { notify }), dailyInput(w.ws.id)),
      runDaily(makeDeps(db, fakes, clock, { notify }), dailyInput(w.ws.id)),
    ]);
    expect(Object.values(fakes.fakes).map((f) => f.receivedCreates)).toEqual([1, 1, 1]);

    expect(await db.publicationEvent.count()).toBe(0);
    expect(await outboxEvents(w.ws.id)).toEqual([
      "email:needs_reconnect",
      "email:post_failed",
      "email:post_failed",
      "webhook:connection.needs_reconnect",
      "webhook:post.failed",
      "webhook:post.failed",
      "webhook:post.published",
    ]);
    const notes = await db.notification.findMany({ where: { userId: w.ownerId }, orderBy: { kind: "asc" } });
    expect(notes.map((n) => n.kind)).toEqual(["needs_reconnect", "post_failed", "post_failed"]);
    expect(notes.find((n) => n.title.includes("Facebook"))?.title).toMatch(/Acme: the Facebook post of .* failed/);
    expect(notes.find((n) => n.kind === "post_failed")?.url).toMatch(/^\/calendar\?brand=acme&month=.*&post=/);

    const published = await db.outboxMessage.findFirstOrThrow({ where: { eventType: "post.published" } });
    const li = await db.publication.findFirstOrThrow({ where: { brandId: w.brand.id, platform: "linkedin" } });
    expect(published.payload).toMatchObject({
      type: "post.published",
      data: { publication_id: li.id, attempt: 1, brand: "acme", platform: "linkedin", remote_id: li.remoteId },
    });
    const failed = await db.outboxMessage.findMany({ where: { eventType: "post.failed" } });
    expect(failed.map((m) => (m.payload as { data: { failure_class: string } }).data.failure_class).sort()).toEqual([
      "needs_reconnect",
      "rejected",
    ]);

    // Nothing is announced twice: not by another announcement, not by another run.
    expect(await announceOutcomes({ db, notify, now: new Date() })).toBe(0);
    await runDaily(makeDeps(db, fakes, clock, { notify }), dailyInput(w.ws.id));
    expect(await outboxEvents(w.ws.id)).toHaveLength(7);
    expect(await db.notification.count({ where: { userId: w.ownerId } })).toBe(3);
  });

  it("a failure that will be retried is not announced; the last one is", async () => {
    const w = await seed();
    fakes.fakes.facebook.failNext("5xx", { on: "create" });
    let now = new Date();
    const deps = makeDeps(db, fakes, () => now, { notify, maxAttempts: 2 });
    await runDaily(deps, dailyInput(w.ws.id, { platforms: ["facebook"] }));
    const row = await db.publication.findFirstOrThrow({ where: { brandId: w.brand.id, platform: "facebook" } });
    expect(row).toMatchObject({ state: "failed", failureClass: "retryable" });
    expect(await outboxEvents(w.ws.id)).toEqual([]);

    // The retry (reconciled first, then sent) fails for good: announced once.
    fakes.fakes.facebook.failNext("400", { on: "create" });
    now = new Date(row.nextAttemptAt!.getTime() + 1000);
    await runDaily(deps, dailyInput(w.ws.id, { platforms: ["facebook"] }));
    expect(await outboxEvents(w.ws.id)).toEqual(["email:post_failed", "webhook:post.failed"]);
  });

  it("an outcome whose run died before announcing it is announced once by whoever comes next", async () => {
    const w = await seed();
    const now = new Date();
    const [claim] = await claimDay(w.ws.id, now, 1, ["x"]);
    // The fenced write leaves the event; the process "dies" before announcing it.
    await finishAttempt(
      db,
      claim,
      { state: "published", remoteId: "1850000000000000099", publishedAt: now },
      { runId: null, outcome: "published", startedAt: now, finishedAt: now },
      "published",
    );
    expect(await db.publicationEvent.count()).toBe(1);
    const counts = await Promise.all([
      announceOutcomes({ db, notify, now, batch: 1 }),
      announceOutcomes({ db, notify, now, batch: 1 }),
      announceOutcomes({ db, notify, now, batch: 1 }),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await outboxEvents(w.ws.id)).toEqual(["webhook:post.published"]);
  });

  it("a success leaves an event only where a webhook listens for it; a final failure always does", async () => {
    const w = await seedPublishing(db);
    const now = new Date();
    const [a, b] = await claimDay(w.ws.id, now, 2);
    const attempt = { runId: null, outcome: "published", startedAt: now, finishedAt: now };
    await finishAttempt(db, a, { state: "published", remoteId: "r1", publishedAt: now }, attempt, "published");
    expect(await db.publicationEvent.count()).toBe(0);
    await finishAttempt(
      db,
      b,
      { state: "failed", failureClass: "rejected", lastError: "refused", nextAttemptAt: null },
      { ...attempt, outcome: "failed" },
      "failed",
    );
    expect(await db.publicationEvent.findMany({ select: { type: true } })).toEqual([{ type: "post.failed" }]);
  });
});

describe("the fenced finish", () => {
  it("records the remote id even when the network's answer carries a NUL byte, which PostgreSQL text refuses", async () => {
    const w = await seedPublishing(db);
    const now = new Date();
    const [claim] = await claimDay(w.ws.id, now, 1, ["x"]);
    await finishAttempt(
      db,
      claim,
      { state: "published", remoteId: "1850000000000000042", publishedAt: now, lastError: "odd\u0000note" },
      {
        runId: null,
        outcome: "published",
        responseExcerpt: 'HTTP 201\n{"id":"1\u0000"}',
        startedAt: now,
        finishedAt: now,
      },
      "published",
    );
    const row = await db.publication.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ state: "published", remoteId: "1850000000000000042", lastError: "oddnote" });
    const attempt = await db.publishAttempt.findFirstOrThrow({ where: { publicationId: claim.id } });
    expect(attempt.responseExcerpt).toBe('HTTP 201\n{"id":"1"}');
  });
});
