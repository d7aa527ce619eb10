// A second app instance for the daily-run benchmark: its own database client, the same scope. It loads
// and connects first, says "ready", then publishes when told to.
import { parentPort, workerData } from "node:worker_threads";
import { closeDb, createDb, sqlPool } from "../lib/db";
import { publishScope } from "../lib/orchestration/publish-scope";
import type { RunScope } from "../lib/orchestration/types";
import type { NetworkLimits } from "../lib/orchestration/network-pools";
import { fakeChannels, type RemoteFakes } from "./bench-publishing";

const db = createDb((workerData as { url: string }).url, { poolSize: 16 });
await sqlPool(db).query("SELECT 1");
parentPort!.postMessage("ready");
parentPort!.once(
  "message",
  async (m: { fakes: RemoteFakes; scope: RunScope; concurrency: number; limits: NetworkLimits; now: string }) => {
    const results = await publishScope(
      {
        db,
        clock: () => new Date(m.now),
        channels: fakeChannels(m.fakes, m.limits),
        concurrency: m.concurrency,
        random: () => 0.5,
      },
      m.scope,
      null,
    );
    await closeDb(db);
    parentPort!.postMessage({
      total: results.length,
      notPublished: results.filter((r) => r.status !== "published").length,
    });
  },
);
