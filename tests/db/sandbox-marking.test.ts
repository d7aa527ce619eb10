import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { runDaily } from "@/lib/orchestration/run-daily";
import { getRunStatus } from "@/lib/orchestration/get-run-status";
import { findPost } from "@/lib/plans/find-post";
import { postDto } from "@/lib/plans/post-dto";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { DAY, dailyInput, type Fakes, makeDeps, seedPublishing } from "./support/orchestration";

let db: Db;
let fakes: Fakes;
const clock = () => new Date(`${DAY}T12:00:00Z`);

beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());

describe("posts bound for the sandbox", () => {
  it("are named as such before, in the dry run and after publishing, and only those", async () => {
    const { ws, brand, actor } = await seedPublishing(db);
    // LinkedIn stays connected; Facebook and X are disconnected, so they go to the sandbox.
    await db.channelConnection.updateMany({
      where: { brandId: brand.id, platform: { in: ["facebook", "x"] } },
      data: { archivedAt: clock() },
    });
    const sandboxed = (rows: { platform: string; sandbox: boolean }[]) =>
      rows
        .filter((r) => r.sandbox)
        .map((r) => r.platform)
        .sort();
    const status = () => getRunStatus({ db, workspaceId: ws.id, date: DAY, now: clock() });

    expect(sandboxed((await status()).rows)).toEqual(["facebook", "x"]);
    const deps = makeDeps(db, fakes, clock, {}, 5000);
    const dry = await runDaily(deps, dailyInput(ws.id, { dryRun: true }));
    expect(sandboxed(dry.results as { platform: string; sandbox: boolean }[])).toEqual(["facebook", "x"]);

    const sentBefore = fakes.fakes.linkedin.receivedCreates;
    const run = await runDaily(deps, dailyInput(ws.id, { actor }));
    expect(run.counts.published).toBe(3);
    expect(fakes.fakes.linkedin.receivedCreates).toBe(sentBefore + 1);
    const after = (await status()).rows;
    expect(after.every((r) => r.state === "published")).toBe(true);
    expect(sandboxed(after)).toEqual(["facebook", "x"]);

    // Reconnecting later does not turn what the sandbox "published" into a real post.
    await db.channelConnection.updateMany({ where: { brandId: brand.id }, data: { archivedAt: null } });
    expect(sandboxed((await status()).rows)).toEqual(["facebook", "x"]);
    for (const row of after) {
      const post = await findPost(db, ws.id, row.post_id);
      expect(postDto(post, "UTC").publication?.sandbox).toBe(row.platform !== "linkedin");
    }
  });
});
