// Drives Prisma's schema engine through its Wasm build, because the native engine the
// CLI wants cannot be downloaded on these machines (see /work/shared/stack-notes.md).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine };

let wasmReady: Promise<void> | undefined;
let lastPanic: string | undefined;

// The Wasm glue reports Rust panics through this global (Prisma's client defines it too);
// without it a panic surfaces as an opaque "unreachable".
const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => (lastPanic = message) };

/** Node cannot `import` the package's .wasm, so instantiate it by hand, once per process. */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(join(dirname(jsPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(bg) });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

/**
 * The engine arms 10 s timers it never clears (timeout races); left as they are, every
 * script would hang for 10 s after finishing. Pending engine work always also holds a
 * socket, so unref'd timers never let Node exit mid-operation.
 */
function withUnrefTimers(glue: typeof bg): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
  for (const key of Object.keys(imports)) {
    if (!key.startsWith("__wbg_setTimeout_")) continue;
    imports[key] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

export function databaseUrlWithName(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs statements on a short-lived connection; CREATE/DROP DATABASE cannot share a pool transaction. */
export async function runAdminSql(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Two gaps between the pinned engine, adapter-pg 7.10 and current Postgres, patched only on
 * the engine's own connections:
 * - introspection returns Postgres' internal "char" type (pg_constraint.contype and friends),
 *   which the adapter rejects; pg already yields those values as strings, so label them text;
 * - PostgreSQL 18 also lists NOT NULL as pg_constraint rows (contype 'n'), which this engine's
 *   describer panics on; nullability is read from pg_attribute anyway, so drop those rows.
 */
const RELABEL_OIDS: Record<number, number> = { 18: 25 };

interface RawResult {
  fields?: { name: string; dataTypeID: number }[];
  rows?: unknown[][];
  rowCount?: number | null;
}

function adaptEngineResult(result: unknown): unknown {
  for (const r of (Array.isArray(result) ? result : [result]) as (RawResult | null)[]) {
    if (!r?.fields) continue;
    for (const field of r.fields) field.dataTypeID = RELABEL_OIDS[field.dataTypeID] ?? field.dataTypeID;
    const col = r.fields.findIndex((f) => f.name === "constraint_type");
    if (col >= 0 && Array.isArray(r.rows)) {
      r.rows = r.rows.filter((row) => !(Array.isArray(row) && row[col] === "n"));
      r.rowCount = r.rows.length;
    }
  }
  return result;
}

class EngineClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    (this as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
      // pg-pool's query() passes a callback; the adapter's transactions use the promise form.
      const last = args.at(-1);
      if (typeof last === "function") {
        args[args.length - 1] = (err: unknown, res: unknown) => last(err, err ? res : adaptEngineResult(res));
      }
      const out = query(...args);
      return out instanceof Promise ? out.then(adaptEngineResult) : out;
    };
  }
}

function engineAdapterFactory(connectionString: string): PrismaPg {
  const pool = new pg.Pool({ connectionString, Client: EngineClient });
  return new PrismaPg(pool, { disposeExternalPool: true });
}

/**
 * PrismaPg.connectToShadowDb() ends up connecting to the *main* database (its pool config
 * keeps the connection string, which wins over `database`), so replaying the migration
 * history there would clobber it. This factory makes a real temporary database instead.
 */
class ShadowSafeFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly url: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.track(await engineAdapterFactory(this.url).connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
    await runAdminSql(this.url, [`CREATE DATABASE ${quoteIdent(name)}`]);
    const adapter = await engineAdapterFactory(databaseUrlWithName(this.url, name)).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await runAdminSql(this.url, [`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`]);
    };
    return this.track(adapter);
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      this.open.delete(adapter);
      await dispose();
    };
    this.open.add(adapter);
    return adapter;
  }

  /** The engine does not always dispose its adapters; idle pools would keep Node alive. */
  async disposeAll(): Promise<void> {
    await Promise.allSettled([...this.open].map((a) => a.dispose()));
  }
}

export interface SchemaFile {
  path: string;
  content: string;
}

/**
 * Creates an engine bound to `databaseUrl`, runs `fn`, then frees the engine and closes
 * every connection it opened (including dropping any shadow database).
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schema: SchemaFile,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const factory = new ShadowSafeFactory(databaseUrl);
  const logs: string[] = [];
  const log = (line: string) => {
    logs.push(line);
    if (logs.length > 50) logs.shift();
  };
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } catch (error) {
    throw new Error(`Schema engine failed: ${describeEngineError(error)}`, { cause: error });
  } finally {
    engine.free();
    await factory.disposeAll();
  }
}

function describeEngineError(error: unknown): string {
  if (lastPanic) {
    const panic = lastPanic;
    lastPanic = undefined;
    return `engine panic: ${panic}`;
  }
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) {
    const e = error as { message?: unknown; error?: unknown };
    if (typeof e.message === "string") return e.message;
    return JSON.stringify(error);
  }
  return String(error);
}
