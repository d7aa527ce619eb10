import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { runDaily } from "@/lib/orchestration/run-daily";
import { crashAt as crashAtPoint, withPublishingFakes, waitOutLease } from "./support/publishing-fakes";
import { dailyInput, type Fakes, ledger, makeDeps, seedPublishing } from "./support/orchestration";

let db: Db;
let url: string;
let fakes: Fakes;

withPublishingFakes((c) => ({ db, url, fakes } = c));

const crashAt = (point: string, workspaceId: string, platform: string) =>
  crashAtPoint({ url, fakes, workspaceId, point, platform });

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
      await waitOutLease();
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
