import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { alive } from "./leftovers";

// Apps started on one embedded data folder share its PostgreSQL (the README's several instances on one
// machine). Each registers here; one that stops while another still runs leaves the database up for it,
// and the last to stop stops it.
const DIR = "instances";

export function registerInstance(dataDir: string) {
  mkdirSync(path.join(dataDir, DIR), { recursive: true });
  writeFileSync(path.join(dataDir, DIR, String(process.pid)), "");
}

export function unregisterInstance(dataDir: string) {
  rmSync(path.join(dataDir, DIR, String(process.pid)), { force: true });
}

/** The other instances still running on the folder; the records of those that died are removed. */
export function otherInstances(dataDir: string): number[] {
  let names: string[] = [];
  try {
    names = readdirSync(path.join(dataDir, DIR));
  } catch {
    return [];
  }
  return names
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid)
    .filter((pid) => alive(pid) || (rmSync(path.join(dataDir, DIR, String(pid)), { force: true }), false));
}
