import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { runPublishJob } from "@/lib/orchestration/run-publish-job";
import { DAY, type Fakes, makeDeps, seedPublishing } from "./support/orchestration";
import { withPublishingFakes } from "./support/publishing-fakes";

let db: Db;
let fakes: Fakes;
withPublishingFakes((ctx) => ({ db, fakes } = ctx));

describe("the scheduled publishing job", () => {
  it("publishes the due posts and leaves the signals step to its own job", async () => {
    const { brand } = await seedPublishing(db);
    // A brand the signals step would visit: posts still waiting today, and a feed to read.
    await db.brand.update({
      where: { id: brand.id },
      data: { feedUrls: ["http://127.0.0.1:9/feed"], keywords: ["analytics"] },
    });
    // 09:30: LinkedIn (09:00) is due, Facebook (10:00) and X (11:00) still wait.
    const clock = () => new Date(`${DAY}T09:30:00Z`);
    const res = await runPublishJob(makeDeps(db, fakes, clock), { catchupDays: 2 });
    expect(res.counts).toMatchObject({ published: 1 });
    expect(res).not.toHaveProperty("signals");
    expect(await db.publication.count({ where: { brandId: brand.id, state: "published" } })).toBe(1);
    // The signals step records each feed reading (and any news or yesterday's summary) as a signal row.
    expect(await db.signal.count({ where: { brandId: brand.id } })).toBe(0);
  });
});
