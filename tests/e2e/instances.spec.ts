import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../scripts/lib/db/embedded";
import { FAKE_ACCOUNTS, FAKE_TOKENS, startFakes, type Fakes } from "../fakes/start-fakes";
import { appHeaders, approvedToday } from "./support/helpers";
import { cmd, descendants, startApp, survivors, until, type StartedApp } from "./support/processes";

// Two app processes behind one load balancer: both run `npm start` with their scheduler on, against one
// PostgreSQL (DATABASE_URL mode), on ports of their own.
const firstPort = Number(process.env.E2E_PORT ?? 3217) + 3;
const ports = [firstPort, firstPort + 1];
const bases = ports.map((p) => `http://localhost:${p}`);
const NETWORKS = ["linkedin", "facebook", "x"] as const;
const BRANDS = 4;

let fakes: Fakes;
let dataDir: string;
let database: EmbeddedPostgresHandle;
let apps: StartedApp[] = [];

test.beforeAll(async () => {
  fakes = await startFakes();
  dataDir = mkdtempSync(path.join(tmpdir(), "scm-instances-"));
  database = await startEmbeddedPostgres({ dataDir, ephemeral: true });
});
test.afterAll(async () => {
  for (const app of apps) if (app.proc.exitCode === null) app.proc.kill("SIGKILL");
  await fakes.stop();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The ledger's states, and the hosts whose publishing runs started after `since` and finished. */
async function ledger(since = new Date(0)) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const states = await client.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM "Publication" GROUP BY state`,
    );
    const hosts = await client.query<{ host: string }>(
      `SELECT DISTINCT host FROM "JobRun" WHERE job = 'publish' AND status = 'finished' AND "startedAt" > $1`,
      [since],
    );
    return {
      states: Object.fromEntries(states.rows.map((r) => [r.state, r.n])),
      hosts: hosts.rows.map((r) => r.host),
    };
  } finally {
    await client.end();
  }
}

test("two app processes with their schedulers on share one database and publish each post exactly once", async ({
  page,
}) => {
  test.setTimeout(360_000);
  const shared = {
    ...fakes.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    CRON_SECRET: randomBytes(24).toString("base64url"),
    SCHEDULER: "on",
  };
  // Started together: they take turns to migrate the empty database.
  apps = ports.map((port, i) => startApp(port, { ...shared, NEXTAUTH_URL: bases[i] }));
  await Promise.all(apps.map((a) => a.ready));
  const migrated = apps.filter((a) => /Migrations: applied/.test(a.output()));
  expect(migrated, apps.map((a) => a.output()).join("\n---\n")).toHaveLength(1);

  // A team signs up on the first instance and approves today's posts on all three networks, already due.
  const base = bases[0];
  await page.goto(`${base}/signup`);
  await page.getByLabel("Your name").fill("Two Instances");
  await page.getByLabel("Email").fill(`instances-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a-long-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/calendar/);
  // Every network answers slowly, so the two schedulers' runs of the same minute overlap.
  for (const n of NETWORKS) fakes.fakes[n].setLatency(400);
  // One brand posts on X: the brands share the fake X account, which (like X) refuses a text the account
  // already posted, and two brands' thread parts past the first can come out word for word alike.
  const onX = (i: number) => i === 0;
  for (let i = 0; i < BRANDS; i++) {
    await approvedToday(
      page,
      `Twin Bakery ${i}`,
      onX(i) ? { linkedin: "00:00", facebook: "00:00", x: "00:00" } : { linkedin: "00:00", facebook: "00:00" },
      {
        base,
        beforeApproval: async (brand) => {
          for (const platform of NETWORKS) {
            const connected = await page.request.post(`${base}/api/brands/${brand}/connections`, {
              headers: appHeaders(base),
              data: { platform, account_id: FAKE_ACCOUNTS[platform], access_token: FAKE_TOKENS[platform] },
            });
            expect(connected.status()).toBe(201);
          }
        },
      },
    );
  }

  // No one calls a route: the two built-in schedulers publish on their next minute ticks (their runs at
  // start, before any brand existed, do not count).
  const approved = new Date();
  const posts = BRANDS * 2 + 1;
  // Both processes run the publishing job every minute; whichever claims a post first sends it.
  const bothRan = async () => {
    const l = await ledger(approved);
    return l.states.published === posts && l.hosts.length === apps.length;
  };
  const done = await until(bothRan, 180_000);
  const seen = await ledger(approved);
  expect(done, JSON.stringify(seen)).toBe(true);
  // the host names the start script's pid, which runs the scheduler
  expect(seen.hosts.map((h) => Number(h.split(":").pop())).sort()).toEqual(apps.map((a) => a.proc.pid!).sort());
  // …and every network received each post once: no double posting. An X post may be a thread, whose
  // later parts are replies: each part counts once, and exactly one root per post.
  for (const n of NETWORKS) {
    const sent = (
      fakes.fakes[n].posts as { text?: string; commentary?: string; message?: string; inReplyTo?: string | null }[]
    ).map((p) => ({ text: p.text ?? p.commentary ?? p.message, inReplyTo: p.inReplyTo }));
    expect(fakes.fakes[n].receivedCreates, n).toBe(sent.length);
    expect(new Set(sent.map((p) => `${p.inReplyTo ?? ""}|${p.text}`)).size, `${n}: a part sent twice`).toBe(
      sent.length,
    );
    expect(sent.filter((p) => !p.inReplyTo).length, n).toBe(n === "x" ? 1 : BRANDS);
  }

  // When the Next server of one instance dies on its own, its start script stops everything it started.
  const [first, second] = apps;
  const secondTree = descendants(second.proc.pid!);
  const server = secondTree.find((p) => cmd(p).startsWith("next-server") || cmd(p).includes("next/dist/bin/next"));
  expect(server, secondTree.map(cmd).join("\n")).toBeDefined();
  process.kill(server!, "SIGKILL");
  expect(await until(() => second.proc.exitCode !== null, 30_000), second.output()).toBe(true);
  expect(await survivors(secondTree)).toEqual([]);

  const firstTree = descendants(first.proc.pid!);
  first.proc.kill("SIGTERM");
  expect(await until(() => first.proc.exitCode !== null, 30_000)).toBe(true);
  expect(await survivors(firstTree)).toEqual([]);
});
