import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { Db } from "@/lib/db";
import { getTestDb, resetDb } from "../../setup/db";
import { startFakes } from "../../fakes/start-fakes";
import { DAY, fakeEnv, type Fakes } from "./orchestration";
import { useRouteEnv } from "./route-env";

/**
 * Runs one daily publication in a child process that kills itself (SIGKILL) at `point` (crash-child.ts).
 * Async on purpose: the fake networks live in this process and must keep answering while the child runs.
 */
export async function crashAt(opts: {
  url: string;
  fakes: Fakes;
  workspaceId: string;
  point: string;
  platform: string;
  env?: Record<string, string>;
}): Promise<void> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/db/support/crash-child.ts", opts.url, opts.workspaceId, DAY, opts.point, opts.platform],
    { env: { ...process.env, ...fakeEnv(opts.fakes), PUBLISH_TIMEOUT_MS: "10000", ...opts.env } },
  );
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const [code, signal] = await new Promise<[number | null, string | null]>((r) =>
    child.on("exit", (c, s) => r([c, s])),
  );
  expect(signal, `${code} ${stderr}`).toBe("SIGKILL");
}

/**
 * The setup of the publishing tests that run against the network fakes: this worker's database behind the
 * app's env (plus `env`), the fakes started once, and both reset before each test.
 */
export function withPublishingFakes(
  ready: (ctx: { db: Db; url: string; fakes: Fakes }) => void,
  env: Record<string, string> = {},
) {
  let ctx: { db: Db; url: string; fakes: Fakes };
  // useRouteEnv is no React hook; under another name the hooks lint rule stops taking it for one.
  const routeEnv = useRouteEnv;
  beforeAll(async () => {
    const db = await routeEnv(env);
    ctx = { db, url: (await getTestDb()).url, fakes: await startFakes() };
    ready(ctx);
  });
  afterAll(async () => {
    for (const key of Object.keys(env)) delete process.env[key];
    await ctx?.fakes.stop();
  });
  beforeEach(async () => {
    await resetDb(ctx.db);
    ctx.fakes.reset();
  });
}
