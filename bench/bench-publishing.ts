import { randomUUID } from "node:crypto";
import type { Worker } from "node:worker_threads";
import { startReadyWorker } from "./ready-worker";
import pg from "pg";
import type { Db } from "../lib/db";
import { Prisma } from "../lib/generated/prisma/client";
import { createPublisher } from "@/lib/wiring/network-adapters";
import { buildContentPackage } from "@/lib/orchestration/build-content-package";
import { ensureLedgerRows } from "@/lib/orchestration/ensure-ledger-rows";
import { publishScope } from "../lib/orchestration/publish-scope";
import { limitSends } from "../lib/orchestration/limit-sends";
import { networkPools, type NetworkLimits } from "../lib/orchestration/network-pools";
import type { ChannelResolver, PostNetwork, ResolvedChannel } from "../lib/orchestration/types";
import { FAKE_ACCOUNTS, FAKE_TOKENS } from "../tests/fakes/start-fakes";

/** The fake networks run in their own process, as a real network would: their CPU is not ours. */
export interface RemoteFakes {
  env: Record<string, string>;
  control: string;
}

const BENCH_DAY = "2027-05-10";

/** N brands with one approved post per network on BENCH_DAY, written with set-based SQL. */
async function seedApprovedPosts(db: Db, workspaceId: string, brands: number, tag: string) {
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "Brand" (id, "workspaceId", slug, name, positioning, "targetAudience", "valueProps", tone, language, timezone, "ctaTargets", "feedUrls", keywords, "hashtagsAlways", "hashtagsNever", "publishTimes", "updatedAt")
    SELECT ${tag} || '-b' || g, ${workspaceId}, ${tag} || '-' || g, 'Brand ' || ${tag} || g, 'p', 'a', ARRAY['v'], 'friendly', 'en-US', 'UTC', '[]'::jsonb, '{}', '{}', '{}', '{}', '{}'::jsonb, now()
    FROM generate_series(1, ${brands}) g`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "Plan" (id, "brandId", "startDate", "endDate", "durationDays", language, seed, pillars, guidelines, brief)
    SELECT ${tag} || '-p' || g, ${tag} || '-b' || g, ${BENCH_DAY}::date, ${BENCH_DAY}::date, 1, 'en-US', 0, '[]', '{}', '{}'
    FROM generate_series(1, ${brands}) g`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "Post" (id, "planId", "brandId", platform, date, "scheduledAt", pillar, angle, hook, "hookTemplate", cta, "ctaTarget", format, body, hashtags, status, "contentHash", "updatedAt")
    SELECT gen_random_uuid()::text, ${tag} || '-p' || g, ${tag} || '-b' || g, n::"Platform", ${BENCH_DAY}::date, ${BENCH_DAY}::date + time '09:00',
           'education', 'a', 'h', 'h', 'c', 'demo', 'text', 'Bench ' || ${tag} || ' post ' || g || ' on ' || n, '{}', 'approved', md5(${tag} || g || n), now()
    FROM generate_series(1, ${brands}) g CROSS JOIN unnest(ARRAY['linkedin', 'facebook', 'x']) n`);
  // A real day's posts were written weeks before it, long enough for autovacuum to have analyzed them.
  await db.$executeRawUnsafe(`ANALYZE "Brand", "Plan", "Post"`);
}

/**
 * Every brand publishes through the fake networks, each network through its keep-alive pool and send
 * limit as in the app; no per-brand lookups, so the ledger is what is measured.
 */
export function fakeChannels(fakes: RemoteFakes, limits: NetworkLimits): ChannelResolver {
  const pools = networkPools(limits);
  const channels = Object.fromEntries(
    (["linkedin", "facebook", "x"] as const).map((n) => [
      n,
      {
        publisher: limitSends(
          createPublisher(n, { env: { ...fakes.env, PUBLISH_TIMEOUT_MS: "30000" }, fetchImpl: pools(n).fetchImpl }),
          pools(n).limit,
        ),
        accountId: FAKE_ACCOUNTS[n],
        accessToken: FAKE_TOKENS[n],
        connectionId: null,
        blocked: null,
      },
    ]),
  ) as Record<PostNetwork, ResolvedChannel>;
  return async (_brandId, network) => channels[network];
}

/** Tells started instances to publish the same scope; resolves with what each published. */
function publishOn(workers: Worker[], msg: object): Promise<{ total: number; notPublished: number }>[] {
  return workers.map(
    (worker) =>
      new Promise((resolve, reject) => {
        worker.once("message", (r) => void worker.terminate().then(() => resolve(r)));
        worker.once("error", reject);
        worker.postMessage(msg);
      }),
  );
}

export async function benchDailyRun(
  db: Db,
  fakes: RemoteFakes,
  opts: {
    brands: number;
    latencyMs: number;
    concurrency: number;
    limits: NetworkLimits;
    instances?: number;
    url: string;
  },
) {
  const ws = await db.workspace.create({ data: { slug: `bench-${randomUUID().slice(0, 8)}`, name: "bench" } });
  const tag = randomUUID().slice(0, 6);
  await seedApprovedPosts(db, ws.id, opts.brands, tag);
  await fetch(`${fakes.control}/reset`, { method: "POST" });
  await fetch(`${fakes.control}/latency?ms=${opts.latencyMs}`, { method: "POST" });
  const scope = { workspaceId: ws.id, date: BENCH_DAY, dueOnly: false, catchupDays: 2 };
  const now = () => new Date(`${BENCH_DAY}T12:00:00Z`);
  // Other instances are running before the run starts, as another server's would be.
  const instances = await Promise.all(
    Array.from({ length: (opts.instances ?? 1) - 1 }, () =>
      startReadyWorker(new URL("./publish-worker.mjs", import.meta.url), opts.url),
    ),
  );
  const t0 = performance.now();
  await ensureLedgerRows(db, scope, now());
  const others = publishOn(instances, {
    fakes,
    scope,
    concurrency: opts.concurrency,
    limits: opts.limits,
    now: now().toISOString(),
  });
  const mine = await publishScope(
    { db, clock: now, channels: fakeChannels(fakes, opts.limits), concurrency: opts.concurrency, random: () => 0.5 },
    scope,
    null,
  );
  const theirs = await Promise.all(others);
  const results = [
    ...mine.map((r) => r.status !== "published"),
    ...theirs.flatMap((t) => Array(t.notPublished).fill(true)),
  ];
  const seconds = (performance.now() - t0) / 1000;
  const posts = opts.brands * 3;
  const counts = (await (await fetch(`${fakes.control}/counts`)).json()) as Record<string, { receivedCreates: number }>;
  const received = Object.values(counts).reduce((s, c) => s + c.receivedCreates, 0);
  const published = await db.publication.count({ where: { brand: { workspaceId: ws.id }, state: "published" } });
  return {
    posts,
    seconds,
    perSecond: posts / seconds,
    duplicates: received - posts,
    published,
    lost: results.filter(Boolean).length,
  };
}

/**
 * The database's own floor for the ledger's core operation: a bare claim-and-update loop on the same
 * Publication table with a handful of connections, no join, no ORM, no network. Like the daily run, it
 * claims rows from a list of ids read once (by primary key, under SKIP LOCKED, still checking the state):
 * the ledger keeps no state index, so a claim that searched by state would read the whole day and make
 * the floor look lower than it is. `batch` rows per statement.
 */
export async function benchFloor(url: string, db: Db, rows: number, opts: { connections: number; batch: number }) {
  const ws = await db.workspace.create({ data: { slug: `floor-${randomUUID().slice(0, 8)}`, name: "floor" } });
  const tag = randomUUID().slice(0, 6);
  await seedApprovedPosts(db, ws.id, Math.ceil(rows / 3), tag);
  const scope = { workspaceId: ws.id, date: BENCH_DAY, dueOnly: false, catchupDays: 2 };
  await ensureLedgerRows(db, scope, new Date());
  const pool = new pg.Pool({ connectionString: url, max: opts.connections });
  await Promise.all(Array.from({ length: opts.connections }, () => pool.query("SELECT 1")));
  const { rows: listed } = await pool.query<{ id: string }>(
    `SELECT l.id FROM "Publication" l JOIN "Brand" b ON b.id = l."brandId" WHERE b."workspaceId" = $1`,
    [ws.id],
  );
  const ids = listed.map((r) => r.id);
  let done = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (ids.length) {
        const res = await pool.query(
          `UPDATE "Publication" SET state = 'published', attempt = attempt + 1, "updatedAt" = now()
           WHERE id IN (SELECT id FROM "Publication" WHERE id = ANY($1::text[]) AND state = 'pending' FOR UPDATE SKIP LOCKED)
           RETURNING id`,
          [ids.splice(-opts.batch)],
        );
        done += res.rowCount ?? 0;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await pool.end();
  return { rows: done, seconds, perSecond: done / seconds };
}

/**
 * The other floor under the daily run on a machine it shares with the fake networks: the same sends
 * (publishers, keep-alive pools, send limits, fakes) with no database at all, `concurrency` at a time.
 */
export async function benchSendsAlone(
  fakes: RemoteFakes,
  posts: number,
  opts: { concurrency: number; limits: NetworkLimits },
) {
  await fetch(`${fakes.control}/reset`, { method: "POST" });
  await fetch(`${fakes.control}/latency?ms=0`, { method: "POST" });
  const channels = fakeChannels(fakes, opts.limits);
  const networks = ["linkedin", "facebook", "x"] as const;
  const brand = { id: "b", slug: "bench", name: "Bench", timezone: "UTC", language: "en-US" };
  let next = 0;
  let sent = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      for (let i = next++; i < posts; i = next++) {
        const platform = networks[i % 3];
        const channel = await channels(brand.id, platform);
        const post = {
          id: `p${i}`,
          platform,
          date: new Date(`${BENCH_DAY}T00:00:00Z`),
          pillar: "education",
          format: "text",
          hashtags: [],
          contentHash: `h${i}`,
          body: `Bench post ${i} on ${platform}`,
          link: null,
        };
        const res = await channel.publisher.publish({
          payload: buildContentPackage(post, brand).payload,
          accountId: channel.accountId,
          accessToken: channel.accessToken,
          contentHash: post.contentHash,
        });
        if (res.ok) sent++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { sent, seconds, perSecond: sent / seconds };
}
