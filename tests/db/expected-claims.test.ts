import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Db, sqlPool } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimPublications } from "@/lib/orchestration/claim-publications";
import { ensureLedgerRows } from "@/lib/orchestration/ensure-ledger-rows";
import { expectedClaims } from "@/lib/orchestration/expected-claims";
import { resetDb } from "../setup/db";
import { useRouteEnv } from "./support/route-env";
import { DAY, seedPublishing } from "./support/orchestration";

let db: Db;
const now = new Date();
const clock = () => now;

beforeAll(async () => {
  db = await useRouteEnv();
});
beforeEach(async () => resetDb(db));

/** `count` approved posts of one brand on DAY, with their ledger rows. */
async function ledgerOf(count: number) {
  const { ws, brand } = await seedPublishing(db, { connect: false });
  const plan = await db.plan.findFirstOrThrow({ where: { brandId: brand.id } });
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "Post" (id, "planId", "brandId", platform, date, "scheduledAt", pillar, angle, hook, "hookTemplate", cta, "ctaTarget", format, body, hashtags, status, "contentHash", "updatedAt")
    SELECT gen_random_uuid()::text, ${plan.id}, ${brand.id}, (ARRAY['linkedin', 'facebook', 'x'])[1 + g % 3]::"Platform",
           ${DAY}::date, ${DAY}::date + time '09:00', 'education', 'a', 'h', 'h', 'c', 'demo', 'text', 'Post ' || g, '{}',
           'approved', md5(g::text), now()
    FROM generate_series(1, ${count}) g`);
  const scope = { workspaceId: ws.id, date: DAY, dueOnly: false, catchupDays: 2 };
  await ensureLedgerRows(db, scope, now);
  return scope;
}

/** Counts the claims and the list reads that go through the pool while `fn` runs. */
async function countStatements<T>(fn: () => Promise<T>) {
  const pool = sqlPool(db);
  const original = pool.query;
  const seen = { claims: 0, lists: 0 };
  pool.query = ((q: string | { text: string }, ...rest: unknown[]) => {
    const text = typeof q === "string" ? q : q.text;
    if (text.includes("WITH c AS")) seen.claims++;
    if (text.trimStart().startsWith("SELECT l.id FROM")) seen.lists++;
    return (original as (...a: unknown[]) => unknown).call(pool, q, ...rest);
  }) as typeof pool.query;
  try {
    return { result: await fn(), seen };
  } finally {
    pool.query = original;
  }
}

describe("the list of rows a run expects to claim", () => {
  it("tops a batch up when another instance took some of its rows", async () => {
    const scope = await ledgerOf(18);
    const list = expectedClaims(db, scope, { batch: 8, workerId: "mine", leaseMs: 60_000, clock });
    await list.load();
    // Another instance takes all but 8 of the day's 21 rows (the seed's 3 and these 18).
    const theirs = await claimPublications(db, scope, { now, limit: 13, workerId: "theirs", leaseMs: 60_000 });
    expect(theirs).toHaveLength(13);
    const mine = await list.claim(now);
    expect(mine).toHaveLength(8);
    expect(new Set([...mine, ...theirs].map((c) => c.id)).size).toBe(21);
    expect(await list.claim(now)).toEqual([]);
  });

  it("reads the list again once most of it went to others, instead of trying every row", async () => {
    const scope = await ledgerOf(297);
    const list = expectedClaims(db, scope, { batch: 8, workerId: "mine", leaseMs: 60_000, clock });
    await list.load();
    await claimPublications(db, scope, { now, limit: 240, workerId: "theirs", leaseMs: 60_000 });
    const { result: mine, seen } = await countStatements(async () => {
      const all = [];
      for (let got = await list.claim(now); got.length; got = await list.claim(now)) all.push(...got);
      return all;
    });
    expect(mine).toHaveLength(60);
    expect(seen.lists).toBeGreaterThanOrEqual(1);
    // Walking the whole stale list would take 300 / 8 claims at least.
    expect(seen.claims).toBeLessThan(300 / 8);
  });
});
