import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "./lib/db/embedded";
import { applyMigrations } from "./lib/db/migrate";
import { createDb } from "../lib/db";
import { seedDemo, DEMO_LOGIN } from "./lib/seed/seed-demo";
import { buildIfStale } from "./lib/build-if-stale";
import { loadOrCreateSecrets, requireExternalSecrets } from "./lib/secrets";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };

async function main() {
  const external = !!process.env.DATABASE_URL;
  let stopDb: () => Promise<void> = async () => {};
  if (external) {
    requireExternalSecrets(process.env);
  } else {
    const dataDir = path.resolve(process.env.EMBEDDED_PG_DIR ?? path.join(root, ".data"));
    Object.assign(
      env,
      loadOrCreateSecrets(dataDir),
      process.env.CRON_SECRET ? { CRON_SECRET: process.env.CRON_SECRET } : {},
    );
    console.log("› Starting the embedded PostgreSQL…");
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg") });
    env.DATABASE_URL = pg.url;
    stopDb = pg.stop;
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const applied = await applyMigrations(env.DATABASE_URL!);
  console.log(`› Migrations: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);
  const seeded = !external || env.SEED_DEMO === "1";
  if (seeded) {
    const db = createDb(env.DATABASE_URL!);
    const res = await seedDemo({ db, now: new Date(), withLogin: !external });
    await db.$disconnect();
    console.log(res.created ? "› Seeded the demo workspace." : "› The demo workspace is already there.");
  }

  if (!dev) buildIfStale(root, env);
  // Run Next's own binary (not through npx) so stopping it reaches the server process itself.
  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  const app = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
    env,
  });
  app.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes("Ready")) {
      console.log(`\n  Social CM Orchestrator is running at http://localhost:${port}`);
      if (!external) console.log(`  Sign in with ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password} (demo workspace "demo")`);
      console.log("  Press Ctrl-C to stop.\n");
    }
  });

  let stopping = false;
  const shutdown = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    app.kill("SIGTERM");
    await stopDb();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  app.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
