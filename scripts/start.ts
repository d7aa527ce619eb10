import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { leaveServerRunningOnExit, startEmbeddedPostgres, takeBackStopSignals } from "./lib/db/embedded";
import { applyMigrations, withStartupLock } from "./lib/db/migrate";
import { closeDb, createDb, type Db } from "../lib/db";
import { getEnv } from "../lib/env";
import { seedDemo, DEMO_LOGIN } from "./lib/seed/seed-demo";
import type { Scheduler } from "../lib/scheduler/create-scheduler";
import { builtInScheduler } from "../lib/wiring/scheduler-deps";
import { SCHEDULE } from "../lib/scheduler/schedule";
import { buildIfStale } from "./lib/build-if-stale";
import { endLeftovers, endProcess, forgetProcesses, recordProcesses, stopPostgresIn } from "./lib/leftovers";
import { otherInstances, registerInstance, unregisterInstance } from "./lib/instances";
import { embeddedSecrets, requireExternalSecrets } from "./lib/secrets";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };

// Everything this process started, so that stopping it (or a failed start) ends all of it.
let app: ReturnType<typeof spawn> | undefined;
let scheduler: Scheduler | null = null;
let schedulerDb: Db | undefined;
let stopDb: () => Promise<void> = async () => {};
let dataDir: string | undefined;
let stopping = false;

async function main() {
  const external = !!process.env.DATABASE_URL;
  if (external) {
    requireExternalSecrets(process.env);
  } else {
    dataDir = path.resolve(process.env.EMBEDDED_PG_DIR ?? path.join(root, ".data"));
    const pgDir = path.join(dataDir, "pg");
    // What a killed start left running is ended, unless another instance still runs on this folder.
    const ended = otherInstances(dataDir).length ? [] : await endLeftovers(dataDir, pgDir);
    if (ended.length) console.log(`› Ended what a previous, killed start left running: ${ended.join(", ")}.`);
    Object.assign(env, embeddedSecrets(dataDir, process.env));
    console.log("› Starting the embedded PostgreSQL…");
    const pg = await startEmbeddedPostgres({ dataDir: pgDir });
    env.DATABASE_URL = pg.url;
    registerInstance(dataDir);
    // Started by another instance, the server is still this one's to stop if it is the last to go.
    stopDb = pg.reused ? () => stopPostgresIn(pgDir).then(() => undefined) : pg.stop;
    recordProcesses(dataDir, { start: process.pid });
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  // The scheduler runs in this process: it reads the same variables as the app it starts.
  Object.assign(process.env, env);
  const settings = getEnv();

  // Instances started together against one database take turns: the first migrates and seeds.
  await withStartupLock(env.DATABASE_URL!, async () => {
    const applied = await applyMigrations(env.DATABASE_URL!);
    console.log(`› Migrations: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);
    if (!external || env.SEED_DEMO === "1") {
      const db = createDb(env.DATABASE_URL!);
      const res = await seedDemo({ db, now: new Date(), withLogin: !external }).finally(() => closeDb(db));
      console.log(res.created ? "› Seeded the demo workspace." : "› The demo workspace is already there.");
    }
  });

  if (!dev) buildIfStale(root, env);
  if (stopping) return;
  // Run Next's own binary (not through npx) so stopping it reaches the server process itself; the
  // preload makes it exit if this script dies without stopping it.
  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  const preload = path.join(root, "scripts/lib/exit-with-parent.cjs");
  const requestPreload = path.join(root, "scripts/lib/request-preload.cjs");
  const args = ["--require", preload, "--require", requestPreload, nextBin, dev ? "dev" : "start", "-p", String(port)];
  app = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "inherit"],
    env,
  });
  if (dataDir) recordProcesses(dataDir, { start: process.pid, next: app.pid });
  app.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes("Ready")) {
      console.log(`\n  Social CM Orchestrator is running at http://localhost:${port}`);
      if (!external) console.log(`  Sign in with ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password} (demo workspace "demo")`);
      console.log("  Press Ctrl-C to stop.\n");
    }
  });
  app.on("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });

  schedulerDb = createDb(env.DATABASE_URL!, { poolSize: settings.PUBLISH_CONCURRENCY + 2 });
  scheduler = builtInScheduler(schedulerDb);
  if (scheduler) {
    scheduler.start();
    console.log(`› Scheduler on (cron, UTC): ${SCHEDULE.map((s) => `${s.job} "${s.cron}"`).join(", ")}.`);
  } else {
    console.log("› Scheduler off (SCHEDULER=off): something else must call the /api/cron/* routes.");
  }
}

/**
 * Stops in order: the scheduler stops firing and lets the publishing in flight finish its batch, Next
 * gets SIGTERM (SIGKILL after the grace period), then the database stops. A second Ctrl-C skips the wait.
 */
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const graceMs = Number(env.SHUTDOWN_GRACE_MS) || 10_000;
  console.log("› Stopping…");
  const [drained] = await Promise.all([
    scheduler?.stop(graceMs),
    app?.pid && app.exitCode === null && app.signalCode === null ? endProcess(app.pid, graceMs) : undefined,
  ]);
  if (drained && !drained.drained) console.error("› Publishing did not finish in time; the next run reconciles it.");
  if (schedulerDb) await closeDb(schedulerDb).catch(() => undefined);
  if (dataDir) unregisterInstance(dataDir);
  const others = dataDir ? otherInstances(dataDir) : [];
  if (others.length) {
    leaveServerRunningOnExit();
    console.log(`› PostgreSQL keeps running for the other instance(s) on this folder: ${others.join(", ")}.`);
  } else {
    await stopDb().catch((err: unknown) => console.error(`› Stopping PostgreSQL failed: ${String(err)}`));
    if (dataDir) forgetProcesses(dataDir);
  }
  process.exit(code);
}

const onSignal = () => {
  if (!stopping) return void shutdown(0);
  if (app?.pid && app.exitCode === null) process.kill(app.pid, "SIGKILL");
  void stopDb().finally(() => process.exit(1));
};
takeBackStopSignals();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
// A SIGTERM sent to `npm start` ends npm and its shell without reaching this script, which is then
// re-parented: it stops as if it had received the signal itself. Started by hand (`nohup node … &`), its
// parent is a shell that may well exit first, and it keeps running.
const parentPid = process.ppid;
if (process.env.npm_lifecycle_event)
  setInterval(() => {
    if (process.ppid !== parentPid && !stopping) void shutdown(0);
  }, 1000).unref();

main().catch(async (err) => {
  console.error(err instanceof Error ? err.message : err);
  await shutdown(1);
});
