// npm run bench: prints the figures the README quotes. Scale with BENCH_BRANDS (default 10000).
import { createDb } from "../lib/db";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { benchPlanCpu, benchWriteMonths } from "./bench-generation";
import { benchDailyRun, benchRawClaims } from "./bench-publishing";
import { benchDatabase } from "./setup-db";

// Stopping the throwaway database at the end closes any connection still idle in a pool; that is expected.
process.on("uncaughtException", (err: Error & { code?: string }) => {
  if (err.code === "57P01") return;
  throw err;
});

const brands = Number(process.env.BENCH_BRANDS ?? 10_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 96);
const instances = Number(process.env.BENCH_INSTANCES ?? 2);
const fmt = (n: number, d = 1) => n.toFixed(d);

const database = await benchDatabase();
const db = createDb(database.url, { poolSize: 24 });
const fakesProcess = spawn(process.execPath, ["--import", "tsx", "tests/fakes/serve-fakes.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const fakes = await new Promise<{ env: Record<string, string>; control: string }>((resolve) =>
  createInterface({ input: fakesProcess.stdout! }).once("line", (line) => resolve(JSON.parse(line))),
);
try {
  console.log(
    `Social CM Orchestrator benchmark (node ${process.version}, ${brands} brands, concurrency ${concurrency} per instance)\n`,
  );
  const cpu = benchPlanCpu();
  console.log(`plan generation (template engine): ${fmt(cpu, 2)} ms CPU per brand-month (93 posts)   target <= 20 ms`);

  const ws = await db.workspace.create({ data: { slug: "bench-months", name: "bench" } });
  const writeSeconds = await benchWriteMonths(db, ws.id, 1000);
  console.log(
    `1,000 brand-months generated and written: ${fmt(writeSeconds, 2)} s (${fmt(93_000 / writeSeconds, 0)} posts/s)   target <= 10 s`,
  );

  const fast = await benchDailyRun(db, fakes, {
    brands: Math.min(brands, 2000),
    latencyMs: 0,
    concurrency,
    url: database.url,
  });
  console.log(
    `daily run, 0 ms network latency: ${fast.posts} posts in ${fmt(fast.seconds, 2)} s = ${fmt(fast.perSecond, 0)} posts/s, duplicates ${fast.duplicates}, unpublished ${fast.lost}`,
  );
  const slow = await benchDailyRun(db, fakes, { brands, latencyMs: 100, concurrency, instances, url: database.url });
  console.log(
    `daily run, 100 ms network latency, ${instances} app instance(s): ${slow.posts} posts in ${fmt(slow.seconds, 2)} s = ${fmt(slow.perSecond, 0)} posts/s, duplicates ${slow.duplicates}, unpublished ${slow.lost}   target 30,000 in <= 60 s, 0 duplicates`,
  );

  const raw = await benchRawClaims(database.url, db, 6000, 24);
  console.log(
    `raw Postgres claim loop (FOR UPDATE SKIP LOCKED): ${raw.rows} rows in ${fmt(raw.seconds, 2)} s = ${fmt(raw.perSecond, 0)} claims/s`,
  );
  console.log(
    `ledger overhead: full run at 0 ms latency reaches ${fmt((100 * fast.perSecond) / raw.perSecond, 0)}% of the raw claim rate   target >= 50%`,
  );
} finally {
  fakesProcess.kill("SIGTERM");
  await db.$disconnect();
  await database.stop();
}
