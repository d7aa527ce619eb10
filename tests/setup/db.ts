// Per-worker database for DB tests: a clone of the migrated template, so workers run in
// parallel without seeing each other's rows.
import { afterAll, inject } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { databaseUrlWithName, quoteIdent, runAdminSql } from "@/scripts/lib/db/engine";
import { assertLocalDatabase } from "./guard";

export interface TestDb {
  db: Db;
  url: string;
}

let current: Promise<TestDb> | undefined;

/**
 * The database is (re)cloned once per test file: files in one worker run one after another
 * and get fresh module state, so starting each file from the pristine template is both
 * possible and the simplest isolation.
 */
export function getTestDb(): Promise<TestDb> {
  current ??= createWorkerDb();
  return current;
}

async function createWorkerDb(): Promise<TestDb> {
  const adminUrl = inject("dbAdminUrl");
  assertLocalDatabase(adminUrl);
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? String(process.pid);
  const name = `${inject("dbPrefix")}_w${worker}`;
  await runAdminSql(adminUrl, [
    `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`,
    `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(inject("dbTemplate"))}`,
  ]);
  const url = databaseUrlWithName(adminUrl, name);
  return { db: createDb(url), url };
}

afterAll(async () => {
  if (!current) return;
  const { db } = await current;
  current = undefined;
  await db.$disconnect();
});

const tablesByDb = new WeakMap<Db, string[]>();

/** Empties every app table (not _prisma_migrations) in one statement; cheap enough for beforeEach. */
export async function resetDb(db: Db): Promise<void> {
  let tables = tablesByDb.get(db);
  if (!tables) {
    const rows = await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
    tables = rows.map((r) => quoteIdent(r.tablename));
    tablesByDb.set(db, tables);
  }
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
}
