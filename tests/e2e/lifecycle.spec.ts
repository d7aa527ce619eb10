import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { FAKE_ACCOUNTS, FAKE_TOKENS, startFakes, type Fakes } from "../fakes/start-fakes";
import { appHeaders, approvedLinkedInToday, DEMO } from "./support/helpers";

// A second app, started and stopped by this test the way a user does, on its own port and data folder.
const port = Number(process.env.E2E_LIFECYCLE_PORT ?? Number(process.env.E2E_PORT ?? 3217) + 2);
const base = `http://localhost:${port}`;
let fakes: Fakes;
let dataDir: string;

test.beforeAll(async () => {
  fakes = await startFakes();
  dataDir = mkdtempSync(path.join(tmpdir(), "scm-lifecycle-"));
});
test.afterAll(async () => {
  await fakes.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function startApp(): { proc: ChildProcess; output: () => string; ready: Promise<void> } {
  const proc = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      ...fakes.env,
      PORT: String(port),
      EMBEDDED_PG_DIR: dataDir,
      DATABASE_URL: "",
      SCHEDULER: "on",
    },
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
function descendants(pid: number): number[] {
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

const cmd = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
};

/** What is still running of `pids` a moment after the app exited (helpers get a few seconds to notice). */
async function survivors(pids: number[]) {
  await until(() => pids.every((p) => !alive(p)), 5_000);
  return pids.filter(alive).map((p) => `${p} ${cmd(p)}`);
}

const alive = (pid: number) => {
  if (!existsSync(`/proc/${pid}/stat`)) return false;
  return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
};

async function until(check: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return check();
}

async function signIn(page: Page) {
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/calendar/);
}

test("stopping the app during a publishing run ends every process it started", async ({ page }) => {
  test.setTimeout(240_000);
  const app = startApp();
  await app.ready;
  const started = descendants(app.proc.pid!);
  expect(started.length).toBeGreaterThanOrEqual(3); // Next, PostgreSQL and its workers
  await signIn(page);
  // Its post is due at 23:59 UTC, so the running scheduler leaves it to the manual run below.
  const { brand, today } = await approvedLinkedInToday(page, "Lifecycle Labs", "23:59", base);
  const connect = await page.request.post(`${base}/api/brands/${brand}/connections`, {
    headers: appHeaders(base),
    data: { platform: "linkedin", account_id: FAKE_ACCOUNTS.linkedin, access_token: FAKE_TOKENS.linkedin },
  });
  expect(connect.status()).toBe(201);

  // LinkedIn answers after 3 s, so the run below is in flight when the app is stopped.
  fakes.fakes.linkedin.setLatency(3_000);
  const run = page.request
    .post(`${base}/api/orchestrator/daily`, {
      headers: appHeaders(base),
      // not due until 23:59, so publishing it now is an explicit early publish
      data: { execute_date: today, brand, include_future: true },
    })
    .catch((err: Error) => err);
  expect(await until(() => fakes.fakes.linkedin.requests.some((r) => r.method === "POST"), 20_000)).toBe(true);
  const everything = descendants(app.proc.pid!);
  app.proc.kill("SIGTERM");
  const exited = await until(() => app.proc.exitCode !== null, 30_000);
  expect(exited, app.output()).toBe(true);
  expect(await survivors(everything)).toEqual([]);
  expect(app.output()).toContain("› Stopping…");
  await run;
});

test("after a SIGKILL, Next exits by itself and the next start ends the database left behind", async ({ page }) => {
  test.setTimeout(240_000);
  const first = startApp();
  await first.ready;
  const left = descendants(first.proc.pid!);
  await signIn(page);
  const inFlight = page.request.get(`${base}/runs`).catch((err: Error) => err);
  first.proc.kill("SIGKILL");
  await inFlight;
  const postgres = left.filter((p) => cmd(p).includes("postgres"));
  const others = left.filter((p) => !postgres.includes(p));
  // Next notices it lost its parent; nothing of it keeps running (or spinning).
  expect(await until(() => others.every((p) => !alive(p)), 10_000)).toBe(true);

  const second = startApp();
  await second.ready;
  expect(second.output()).toMatch(/Ended what a previous, killed start left running: PostgreSQL \d+/);
  expect(await survivors(postgres)).toEqual([]);
  const everything = descendants(second.proc.pid!);
  second.proc.kill("SIGINT");
  expect(await until(() => second.proc.exitCode !== null, 30_000)).toBe(true);
  expect(await survivors(everything)).toEqual([]);
});
