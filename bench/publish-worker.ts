// A second app instance for the daily-run benchmark: its own database client, the same scope.
import { parentPort } from "node:worker_threads";
import { createDb } from "../lib/db";
import { publishScope } from "../lib/orchestration/publish-scope";
import type { RunScope } from "../lib/orchestration/types";
import type { NetworkLimits } from "../lib/orchestration/network-pools";
import { fakeChannels, type RemoteFakes } from "./bench-publishing";

parentPort!.once(
  "message",
  async (m: {
    url: string;
    fakes: RemoteFakes;
    scope: RunScope;
    concurrency: number;
    limits: NetworkLimits;
    now: string;
  }) => {
    const db = createDb(m.url, { poolSize: 16 });
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
    await db.$disconnect();
    parentPort!.postMessage({
      total: results.length,
      notPublished: results.filter((r) => r.status !== "published").length,
    });
  },
);
