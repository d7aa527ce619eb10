import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { envPick } from "@/lib/env";

export type Db = PrismaClient;

// Kept on the client under a registered symbol, not in a module-level map: Next bundles this module
// more than once (route handlers, server components), and every copy must find the pool.
const POOL = Symbol.for("social-cm.pg-pool");
type WithPool = Db & { [POOL]?: pg.Pool };

export function createDb(connectionString: string, opts: { poolSize?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString, max: opts.poolSize ?? 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on next use.
  pool.on("error", (err) => console.error(`database connection lost: ${err.message}`));
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  Object.defineProperty(db, POOL, { value: pool });
  return db;
}

/**
 * The pg pool behind a client made by createDb. The publishing hot path sends its few statements
 * straight through it: the ORM's per-query CPU was the largest cost there (see the README's benchmarks).
 */
export function sqlPool(db: Db): pg.Pool {
  const pool = (db as WithPool)[POOL];
  if (!pool) throw new Error("This database client was not created by createDb");
  return pool;
}

/**
 * Closes the client and its pool. Prisma ends the pool only if the ORM itself connected; a client used
 * only through sqlPool would keep its connections open until the database stopped under them.
 */
export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
  const pool = (db as WithPool)[POOL];
  if (pool && !pool.ended) await pool.end();
}

const globalForDb = globalThis as unknown as { __db?: Db };

/** The app's single client; created lazily so importing this module never needs a database. */
export function getDb(): Db {
  if (!globalForDb.__db) {
    globalForDb.__db = createDb(envPick(["DATABASE_URL"]).DATABASE_URL);
  }
  return globalForDb.__db;
}

const statementNames = new Map<string, string>();

/**
 * A statement the hot path runs thousands of times a run, prepared once per connection under a name
 * derived from its text: Postgres then plans it once instead of on every call (the claim's plan took
 * longer than its execution).
 */
export function preparedQuery<R extends pg.QueryResultRow>(db: Db, text: string, values: unknown[]) {
  let name = statementNames.get(text);
  // Scopes naming many brands make many texts; past a few hundred, the rest run unprepared.
  if (!name && statementNames.size >= 256) return sqlPool(db).query<R>(text, values);
  if (!name) {
    name = `scm_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return sqlPool(db).query<R>({ name, text, values });
}
