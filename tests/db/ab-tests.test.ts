import { describe, expect, it } from "vitest";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { getTestDb } from "../setup/db";

const HOOK_A = "Here is what nobody tells you about dashboards.";
const HOOK_B = "Three numbers every product team should watch.";

async function brandWith(learning: unknown) {
  const { db } = await getTestDb();
  const ws = await db.workspace.create({ data: { slug: `ab-${Math.random().toString(36).slice(2, 8)}`, name: "ab" } });
  const brand = await db.brand.create({
    data: {
      workspaceId: ws.id,
      slug: "ab",
      name: "AB Brand",
      positioning: "Analytics for product teams",
      targetAudience: "Product managers",
      valueProps: ["Dashboards in minutes"],
      tone: "friendly",
      language: "en-US",
      timezone: "UTC",
      ctaTargets: [{ key: "demo", url: "https://ab.example.com/demo" }],
      publishTimes: {},
      abTests: { education: [HOOK_A, HOOK_B] },
      learning: learning as object,
    },
  });
  const plan = await createPlanForBrand({
    db,
    actor: { workspaceId: ws.id, userId: null, label: "t" },
    brand,
    startDate: "2030-02-01",
    durationDays: 28,
    networks: ["linkedin"],
    seed: 3,
    now: new Date("2030-01-01T00:00:00Z"),
  });
  return plan.posts.filter((p) => p.ab_variant);
}

describe("A/B hooks in plans", () => {
  it("alternates both variants while the test is undecided", async () => {
    const ab = await brandWith(null);
    const hooks = ab.map((p) => p.hook);
    expect(hooks.some((h) => h.includes(HOOK_A))).toBe(true);
    expect(hooks.some((h) => h.includes(HOOK_B))).toBe(true);
  });

  it("uses only the winner once a winner is declared", async () => {
    const ab = await brandWith({ ab: { education: { winner: "B", confidence: 0.99 } } });
    expect(ab.length).toBeGreaterThan(0);
    expect(ab.every((p) => p.hook.includes(HOOK_B))).toBe(true);
  });
});
