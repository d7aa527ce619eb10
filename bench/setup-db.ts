import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../scripts/lib/db/embedded";
import { applyMigrations } from "../scripts/lib/db/migrate";

/** A throwaway migrated database: BENCH_DATABASE_URL if set, else a fresh embedded PostgreSQL. */
export async function benchDatabase() {
  if (process.env.BENCH_DATABASE_URL) {
    await applyMigrations(process.env.BENCH_DATABASE_URL);
    return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "scm-bench-"));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), database: "bench", ephemeral: true });
  await applyMigrations(pg.url);
  return {
    url: pg.url,
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
