import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { updateLearning } from "@/lib/analytics/learning/update-learning";
import { renderText } from "@/lib/i18n/render-text";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { addDays, utcDay } from "@/lib/dates/days";
import { useRouteEnv } from "./support/route-env";
import { seedTenant } from "./support/tenant-fixture";

let db: Db;
beforeAll(async () => {
  db = await useRouteEnv();
});

describe("learning hears the comments", () => {
  it("does not reward a pillar for engagement its complaints create, and explains why", async () => {
    const t = await seedTenant(db);
    const now = new Date();
    const actor = { workspaceId: t.workspace.id, userId: null, label: "test" };
    await createPlanForBrand({
      db,
      actor,
      brand: t.brand,
      startDate: addDays(utcDay(now), -20),
      durationDays: 14,
      seed: 3,
      now,
    });
    const posts = await db.post.findMany({
      where: { brandId: t.brand.id, date: { gte: new Date(`${addDays(utcDay(now), -20)}T00:00:00Z`), lt: now } },
    });
    const pillars = [...new Set(posts.map((p) => p.pillar))].sort();
    const loud = pillars[0];
    // The loud pillar engages 3× the others, but its comments are mostly complaints.
    for (const p of posts) {
      const engaged = p.pillar === loud ? 90 : 30;
      await db.metricSnapshot.create({
        data: {
          postId: p.id,
          platform: p.platform,
          collectedAt: now,
          impressions: 1000,
          reach: 800,
          clicks: 0,
          reactions: engaged,
          comments: 0,
          shares: 0,
          engagementRate: engaged / 1000,
          raw: {},
        },
      });
      if (p.pillar !== loud) continue;
      await db.socialComment.createMany({
        data: ["negative", "negative", "negative", "positive"].map((sentiment, i) => ({
          workspaceId: t.workspace.id,
          brandId: t.brand.id,
          postId: p.id,
          platform: p.platform,
          remoteId: `${p.id}-${i}`,
          authorName: "Reader",
          text: sentiment,
          language: "en",
          sentiment: sentiment as "negative" | "positive",
          score: sentiment === "negative" ? -2 : 2,
          url: null,
          createdAt: now,
          collectedAt: now,
        })),
      });
    }
    const learning = await updateLearning({ db, brandId: t.brand.id, now });
    expect(learning.samples).toBe(posts.length);
    expect(learning.weights.pillars[loud]).toBeLessThanOrEqual(1);
    expect(learning.explanations.map((t) => renderText(t)).join(" ")).toMatch(
      /draw mostly negative comments \(\d+ of \d+\), so their engagement alone earns them no extra slots/,
    );

    // The same results without complaints: the loud pillar is rewarded.
    await db.socialComment.deleteMany({ where: { brandId: t.brand.id } });
    const plain = await updateLearning({ db, brandId: t.brand.id, now });
    expect(plain.weights.pillars[loud]).toBeGreaterThan(1.3);
  });
});
