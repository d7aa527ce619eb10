import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { collectMetrics } from "@/lib/analytics/collect-metrics";
import { runDaily } from "@/lib/orchestration/run-daily";
import type { Network } from "@/lib/networks/publisher";
import { createCollector } from "@/lib/wiring/network-adapters";
import { startFakes } from "../fakes/start-fakes";
import { useRouteEnv } from "./support/route-env";
import { dailyInput, type Fakes, fakeEnv, makeDeps, seedPublishing } from "./support/orchestration";

let db: Db;
let fakes: Fakes;

beforeAll(async () => {
  db = await useRouteEnv();
  fakes = await startFakes();
});
afterAll(async () => fakes.stop());

describe("collectMetrics", () => {
  it("appends a normalised snapshot per published post and records a network's failure", async () => {
    const { ws, brand } = await seedPublishing(db);
    await runDaily(
      makeDeps(db, fakes, () => new Date()),
      dailyInput(ws.id),
    );
    const deps = {
      db,
      now: new Date(Date.now() + 3_600_000),
      keyRing: () => keyRingFromEnv(),
      collectorFor: (n: Network) => createCollector(n, { env: fakeEnv(fakes) }),
    };

    fakes.fakes.x.failNext("429", { resetInSeconds: 60 });
    const first = await collectMetrics(deps, { windowDays: 7 });
    expect(first.posts).toBe(3);
    expect(first.collected).toBe(2);
    expect(first.failures[0]).toMatchObject({ platform: "x", httpStatus: 429 });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: ws.id, action: "metrics.collect_failed" },
    });
    expect(audit.entityId).toBe(brand.id);

    const second = await collectMetrics({ ...deps, now: new Date(Date.now() + 7_200_000) }, { windowDays: 7 });
    expect(second.collected).toBe(3);
    const snaps = await db.metricSnapshot.findMany({ where: { post: { brandId: brand.id } } });
    expect(snaps).toHaveLength(5);
    const li = snaps.find((s) => s.platform === "linkedin")!;
    expect(li.impressions).toBeGreaterThan(0);
    expect(li.engagementRate).toBeCloseTo((li.reactions + li.comments + li.shares + li.clicks) / li.impressions, 6);
  });
});
