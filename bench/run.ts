// npm run bench: prints every figure the README quotes, all from this one run. Scale with BENCH_BRANDS (default 10000).
import os from "node:os";
import { closeDb, createDb } from "../lib/db";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { benchPlanCpu, benchWriteMonths } from "./bench-generation";
import { benchDailyRun, benchFloor, benchSendsAlone } from "./bench-publishing";
import { DEFAULT_NETWORK_LIMITS } from "../lib/orchestration/network-pools";
import { benchCalendar } from "./bench-calendar";
import { benchDatabase } from "./setup-db";
import { benchSentiment, sentimentLine } from "./bench-sentiment";

// Stopping the throwaway database at the end closes any connection still idle in a pool; that is expected.
process.on("uncaughtException", (err: Error & { code?: string }) => {
  if (err.code === "57P01") return;
  throw err;
});

const brands = Number(process.env.BENCH_BRANDS ?? 10_000);
const limits = DEFAULT_NETWORK_LIMITS;
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? limits.linkedin + limits.facebook + limits.x);
const floorConnections = Number(process.env.BENCH_FLOOR_CONNECTIONS ?? 8);
const fmt = (n: number, d = 1) => n.toFixed(d);
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

const database = await benchDatabase();
const db = createDb(database.url, { poolSize: 24 });
const fakesProcess = spawn(process.execPath, ["--import", "tsx", "tests/fakes/serve-fakes.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const fakes = await new Promise<{ env: Record<string, string>; control: string }>((resolve) =>
  createInterface({ input: fakesProcess.stdout! }).once("line", (line) => resolve(JSON.parse(line))),
);
try {
  const load = os.loadavg().map((l) => l.toFixed(2));
  console.log(`Social CM Orchestrator benchmark, ${new Date().toISOString()}`);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, node ${process.version}, load average at start ${load.join(" ")}`,
  );
  console.log(
    `settings: ${brands} brands (${brands * 3} posts), publish concurrency ${concurrency} per instance, per-network send limits ${JSON.stringify(limits)}\n`,
  );

  const cpu = await benchPlanCpu();
  console.log(
    `plan generation (template engine): ${fmt(cpu, 2)} ms CPU per brand-month (93 posts)   target <= 5 ms: ${verdict(cpu <= 5)}`,
  );
  console.log(sentimentLine(await benchSentiment()));
  const ws = await db.workspace.create({ data: { slug: "bench-months", name: "bench" } });
  const writeSeconds = await benchWriteMonths(database.url, ws.id, 1000);
  console.log(
    `1,000 brand-months generated and written: ${fmt(writeSeconds, 2)} s (${fmt(93_000 / writeSeconds, 0)} posts/s)   target <= 5 s: ${verdict(writeSeconds <= 5)}\n`,
  );

  const floorRows = Math.min(brands * 3, 10_000);
  const single = await benchFloor(database.url, db, floorRows, { connections: floorConnections, batch: 1 });
  const batched = await benchFloor(database.url, db, floorRows, { connections: floorConnections, batch: 8 });
  console.log(
    `floor, bare single-row claim+update by id (${floorConnections} connections, no join, no ORM): ${single.rows} rows in ${fmt(single.seconds, 2)} s = ${fmt(single.perSecond, 0)} rows/s`,
  );
  console.log(
    `floor, bare batch-of-8 claim+update by id (${floorConnections} connections): ${batched.rows} rows in ${fmt(batched.seconds, 2)} s = ${fmt(batched.perSecond, 0)} rows/s`,
  );

  // Like the daily run's curve, which starts with a small run, the sends are measured once warmed up.
  await benchSendsAlone(fakes, Math.round(floorRows / 10), { concurrency, limits });
  const alone = await benchSendsAlone(fakes, floorRows, { concurrency, limits });
  console.log(
    `floor, the sends alone (the same publishers, pools and fake networks, ${concurrency} at a time, no database): ${alone.sent} posts in ${fmt(alone.seconds, 2)} s = ${fmt(alone.perSecond, 0)} posts/s`,
  );

  console.log(`\ndaily run at 0 ms network latency, one instance (scale curve):`);
  const curve = [];
  for (const b of [Math.round(brands / 30), Math.round(brands / 3), brands]) {
    const r = await benchDailyRun(db, fakes, { brands: b, latencyMs: 0, concurrency, limits, url: database.url });
    curve.push(r);
    console.log(
      `  ${r.posts} posts: ${fmt(r.seconds, 2)} s = ${fmt(r.perSecond, 0)} posts/s (${fmt((1000 * r.seconds) / r.posts, 3)} ms per post), duplicates ${r.duplicates}, unpublished ${r.lost}`,
    );
  }
  const fast = curve[1];
  const ratio = fast.perSecond / single.perSecond;
  console.log(
    `daily run at 0 ms (${fast.posts} posts): ${fmt(fast.perSecond, 0)} posts/s = ${fmt(100 * ratio, 0)}% of the single-row floor, ${fmt((100 * fast.perSecond) / batched.perSecond, 0)}% of the batch-of-8 floor, ${fmt((100 * fast.perSecond) / alone.perSecond, 0)}% of the sends alone   target >= 1,000 posts/s and >= 70% of the single-row floor: ${verdict(fast.perSecond >= 1000 && ratio >= 0.7)}\n`,
  );

  for (const [instances, target] of [
    [1, 30],
    [2, 20],
  ] as const) {
    const slow = await benchDailyRun(db, fakes, {
      brands,
      latencyMs: 100,
      concurrency,
      limits,
      instances,
      url: database.url,
    });
    console.log(
      `daily run, 100 ms network latency, ${instances} instance(s): ${slow.posts} posts in ${fmt(slow.seconds, 2)} s = ${fmt(slow.perSecond, 0)} posts/s, duplicates ${slow.duplicates}, unpublished ${slow.lost}   target 30,000 in <= ${target} s, 0 duplicates, 0 unpublished: ${verdict(slow.posts >= 30_000 && slow.seconds <= target && slow.duplicates === 0 && slow.lost === 0)}`,
    );
  }
} finally {
  fakesProcess.kill("SIGTERM");
  await closeDb(db);
  await database.stop();
}
// The calendar runs its own app and database. The publishing database (with the 100,000 rows written above)
// and the fakes are stopped first: measured while they still ran, the sign-in page's p95 was 48 ms, alone 30.
if (process.env.BENCH_CALENDAR !== "0") await benchCalendar();
