import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { runDaily } from "@/lib/orchestration/run-daily";
import { getTestDb, resetDb } from "../setup/db";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { DAY, dailyInput, type Fakes, fakeEnv, ledger, makeDeps, seedPublishing } from "./support/orchestration";
import { waitForLeaseEnd } from "./support/lease";

let db: Db;
let url: string;
let fakes: Fakes;

beforeAll(async () => {
  db = await useRouteEnv();
  url = (await getTestDb()).url;
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());
beforeEach(async () => {
  await resetDb(db);
  fakes.reset();
});

/** Async on purpose: the fake networks live in this process and must keep answering while the child runs. */
async function crashAt(point: string, workspaceId: string, platform: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/db/support/crash-child.ts", url, workspaceId, DAY, point, platform],
    {
      env: { ...process.env, ...fakeEnv(fakes), PUBLISH_TIMEOUT_MS: "10000" },
    },
  );
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const [code, signal] = await new Promise<[number | null, string | null]>((r) =>
    child.on("exit", (c, s) => r([c, s])),
  );
  expect(signal, `${code} ${stderr}`).toBe("SIGKILL");
}

describe("a process killed mid-publication", () => {
  for (const [point, sentBeforeCrash] of [
    ["claimed", 0],
    ["sending", 0],
    ["sent", 1],
  ] as const) {
    it(`dies at "${point}": the next run ends with exactly one post and the row published`, async () => {
      const { ws, brand } = await seedPublishing(db);
      await crashAt(point, ws.id, "x");
      expect(fakes.fakes.x.posts).toHaveLength(sentBeforeCrash);
      const stuck = await ledger(db, brand.id);
      expect(stuck.x.state).toBe(point === "claimed" ? "claimed" : "sending");
      // Before the lease runs out nobody may touch the row.
      const early = await runDaily(
        makeDeps(db, fakes, () => new Date()),
        dailyInput(ws.id, { platforms: ["x"] }),
      );
      expect(early.counts.total).toBe(0);
      await waitForLeaseEnd(db, brand.id, "x");
      await runDaily(
        makeDeps(db, fakes, () => new Date()),
        dailyInput(ws.id, { platforms: ["x"] }),
      );
      const rows = await ledger(db, brand.id);
      expect(rows.x.state).toBe("published");
      expect(fakes.fakes.x.posts).toHaveLength(1);
      expect(rows.x.remoteId).toBe(fakes.fakes.x.posts[0].id);
      expect(fakes.fakes.x.receivedCreates).toBe(1);
      // A child process (tsx compiling the app's modules) starts, publishes and is killed: on a busy machine
      // that alone can take most of the default 30 s.
    }, 120_000);
  }
});
