import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// The processes one `npm start` runs on an embedded data folder, so that the next start can end what a
// killed one (SIGKILL, power loss of the terminal) left behind.
const FILE = "app-processes.json";

interface Recorded {
  start: number;
  next?: number;
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
};

async function waitForExit(pid: number, ms: number) {
  const until = Date.now() + ms;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

/** Kills `pid` politely, then for good after `graceMs`. */
export async function endProcess(pid: number, graceMs: number, politeSignal: NodeJS.Signals = "SIGTERM") {
  if (!alive(pid)) return;
  process.kill(pid, politeSignal);
  if (await waitForExit(pid, graceMs)) return;
  process.kill(pid, "SIGKILL");
  await waitForExit(pid, 2_000);
}

/**
 * Ends the Next server and the PostgreSQL server a previous start on this data folder left running
 * when its start script is gone. A start script that is still alive owns them; they are left alone.
 */
export async function endLeftovers(dataDir: string, pgDir: string): Promise<string[]> {
  const file = path.join(dataDir, FILE);
  if (!existsSync(file)) return [];
  const rec = JSON.parse(readFileSync(file, "utf8")) as Recorded;
  if (alive(rec.start) && cmdline(rec.start).includes("start")) return [];
  const ended: string[] = [];
  if (rec.next && alive(rec.next) && cmdline(rec.next).includes("next")) {
    await endProcess(rec.next, 5_000);
    ended.push(`Next server ${rec.next}`);
  }
  const pg = await stopPostgresIn(pgDir);
  if (pg) ended.push(`PostgreSQL ${pg}`);
  rmSync(file, { force: true });
  return ended;
}

/** Stops the PostgreSQL server serving `pgDir`, whoever started it; returns its pid, or null if none ran. */
export async function stopPostgresIn(pgDir: string): Promise<number | null> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  const pg = existsSync(pidFile) ? Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10) : 0;
  if (!(pg > 0 && alive(pg) && cmdline(pg).includes("postgres"))) return null;
  // SIGINT is PostgreSQL's fast shutdown: roll back open transactions and stop cleanly.
  await endProcess(pg, 15_000, "SIGINT");
  return pg;
}

export function recordProcesses(dataDir: string, rec: Recorded) {
  writeFileSync(path.join(dataDir, FILE), JSON.stringify(rec));
}

export function forgetProcesses(dataDir: string) {
  rmSync(path.join(dataDir, FILE), { force: true });
}
