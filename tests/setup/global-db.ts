// Vitest globalSetup for the `db` project: one server per run (TEST_DATABASE_URL or a fresh
// embedded cluster), one migrated template database that every worker clones.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "@/scripts/lib/db/embedded";
import { databaseUrlWithName, quoteIdent, runAdminSql } from "@/scripts/lib/db/engine";
import { applyMigrations } from "@/scripts/lib/db/migrate";
import { assertLocalDatabase } from "./guard";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of a maintenance database on the test server (used to CREATE/DROP databases). */
    dbAdminUrl: string;
    /** Migrated template database; workers clone it. */
    dbTemplate: string;
    /** Prefix for this run's databases, unique per run so parallel runs never collide. */
    dbPrefix: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let tempDir: string | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    tempDir = await mkdtemp(join(tmpdir(), "scm-test-pg-"));
    embedded = await startEmbeddedPostgres({ dataDir: join(tempDir, "data"), database: "postgres", ephemeral: true });
    adminUrl = embedded.adminUrl;
  }
  assertLocalDatabase(adminUrl);

  const prefix = `scm_test_${randomBytes(4).toString("hex")}`;
  const template = `${prefix}_template`;
  await runAdminSql(adminUrl, [`CREATE DATABASE ${quoteIdent(template)}`]);
  await applyMigrations(databaseUrlWithName(adminUrl, template));

  project.provide("dbAdminUrl", adminUrl);
  project.provide("dbTemplate", template);
  project.provide("dbPrefix", prefix);

  return async () => {
    if (embedded) {
      await embedded.stop();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
      return;
    }
    // A shared server outlives the run: drop every database this run created.
    const url = adminUrl!;
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
        [prefix],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}
