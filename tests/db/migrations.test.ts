import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { databaseUrlWithName, quoteIdent, runAdminSql } from "@/scripts/lib/db/engine";
import {
  applyMigrations,
  diffMigrationsToSchema,
  isEmptyMigrationSql,
  withStartupLock,
} from "@/scripts/lib/db/migrate";
import { assertLocalDatabase } from "../setup/guard";

const adminUrl = inject("dbAdminUrl");
const migrationNames = (await readdir(join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const created: { adminUrl: string; name: string }[] = [];

async function freshDatabase(serverUrl: string, label: string): Promise<string> {
  const name = `${inject("dbPrefix")}_${label}_${randomBytes(3).toString("hex")}`;
  await runAdminSql(serverUrl, [`CREATE DATABASE ${quoteIdent(name)}`]);
  created.push({ adminUrl: serverUrl, name });
  return databaseUrlWithName(serverUrl, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const db of created)
    await runAdminSql(db.adminUrl, [`DROP DATABASE IF EXISTS ${quoteIdent(db.name)} WITH (FORCE)`]);
});

describe("prisma/migrations", () => {
  it("reproduces schema.prisma exactly (a schema change without a migration fails here)", async () => {
    const sql = await diffMigrationsToSchema(adminUrl);
    expect(
      isEmptyMigrationSql(sql),
      `schema.prisma has changes no migration covers; run npm run db:migration -- <name>:\n${sql}`,
    ).toBe(true);
  });

  it("detects a schema change that has no migration", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scm-schema-"));
    try {
      const schema = await readFile(join(process.cwd(), "prisma", "schema.prisma"), "utf8");
      const schemaPath = join(dir, "schema.prisma");
      await writeFile(schemaPath, `${schema}\nmodel MigrationProbe {\n  id String @id\n}\n`);
      const sql = await diffMigrationsToSchema(adminUrl, { schemaPath });
      expect(isEmptyMigrationSql(sql)).toBe(false);
      expect(sql).toContain('CREATE TABLE "MigrationProbe"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("applies every migration once, records it, and is a no-op the second time", async () => {
    const url = await freshDatabase(adminUrl, "twice");
    expect(await applyMigrations(url)).toEqual(migrationNames);
    expect(await applyMigrations(url)).toEqual([]);
    const rows = await query<{ migration_name: string; finished: boolean }>(
      url,
      `SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual(migrationNames.map((migration_name) => ({ migration_name, finished: true })));
  });

  it("three instances starting at once on a missing database create it and migrate it once, one at a time", async () => {
    const name = `${inject("dbPrefix")}_together_${randomBytes(3).toString("hex")}`;
    created.push({ adminUrl, name });
    const url = databaseUrlWithName(adminUrl, name);
    const inside: number[] = [];
    let holders = 0;
    const start = () =>
      withStartupLock(url, async () => {
        inside.push(++holders);
        const applied = await applyMigrations(url);
        holders--;
        return applied;
      });
    const results = await Promise.all([start(), start(), start()]);
    expect(results.filter((r) => r.length > 0)).toEqual([migrationNames]);
    expect(results.filter((r) => r.length === 0)).toHaveLength(2);
    // never two inside at once
    expect(inside).toEqual([1, 1, 1]);
  });

  it("applies on the machine's PostgreSQL 15 (PG15_TEST_URL)", async (ctx) => {
    const pg15 = process.env.PG15_TEST_URL;
    if (!pg15) {
      ctx.skip("PG15_TEST_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/postgres)");
      return;
    }
    assertLocalDatabase(pg15);
    const [{ server_version_num }] = await query<{ server_version_num: string }>(pg15, "SHOW server_version_num");
    expect(Number(server_version_num)).toBeGreaterThanOrEqual(150000);
    const url = await freshDatabase(pg15, "pg15");
    expect(await applyMigrations(url)).toEqual(migrationNames);
    expect(await applyMigrations(url)).toEqual([]);
    expect(isEmptyMigrationSql(await diffMigrationsToSchema(url))).toBe(true);
  });
});
