// Apps started and stopped by a test the way a user does (`node scripts/start.ts`), and what /proc says
// is still running of them afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface StartedApp {
  proc: ChildProcess;
  output: () => string;
  ready: Promise<void>;
}

export function startApp(port: number, env: Record<string, string>): StartedApp {
  const proc = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    proc.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      if (out.includes("is running at")) resolve();
    });
    proc.on("exit", (code) => reject(new Error(`the app exited (${code}) before it was ready:\n${out}`)));
  });
  return { proc, output: () => out, ready };
}

/** Every live process below `pid`, read from /proc. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we read
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

export const cmd = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
};

export const alive = (pid: number) => {
  if (!existsSync(`/proc/${pid}/stat`)) return false;
  return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
};

export async function until(check: () => boolean | Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (!(await check()) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return check();
}

/** What is still running of `pids` a moment after the app exited (helpers get a few seconds to notice). */
export async function survivors(pids: number[]) {
  await until(() => pids.every((p) => !alive(p)), 5_000);
  return pids.filter(alive).map((p) => `${p} ${cmd(p)}`);
}
