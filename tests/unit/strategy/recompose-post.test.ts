import { describe, expect, it } from "vitest";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { NETWORKS } from "@/lib/strategy/networks";
import { recomposePost } from "@/lib/strategy/recompose-post";
import { daysBetween } from "@/lib/dates/days";
import { acmeFr } from "./fixtures";
import { postViolations } from "./plan-rules";

describe("recomposePost", () => {
  const plan = generatePlan({
    brief: acmeFr,
    startDate: "2025-03-01",
    durationDays: 31,
    networks: [...NETWORKS],
    seed: 3,
  });

  it("returns a different variation that obeys the rules around it", () => {
    const current = plan.posts.find((p) => p.network === "linkedin" && p.date === "2025-03-15")!;
    const next = recomposePost({ brief: acmeFr, context: plan.posts, slot: current, seed: 99 });
    expect(next).toMatchObject({
      network: "linkedin",
      date: "2025-03-15",
      time: current.time,
      pillar: current.pillar,
      ctaTarget: current.ctaTarget,
    });
    expect(next.scheduledAt).toBe(current.scheduledAt);
    expect(next.hookTemplate).not.toBe(current.hookTemplate);
    expect(next.angle).not.toBe(current.angle);
    expect(next.body).not.toBe(current.body);
    expect(postViolations(next, "fr-FR")).toEqual([]);
    const near = plan.posts.filter(
      (p) => p.network === "linkedin" && p !== current && Math.abs(daysBetween("2025-03-15", p.date)) < 7,
    );
    expect(near).toHaveLength(12);
    for (const p of near) {
      expect(p.hookTemplate).not.toBe(next.hookTemplate);
      expect(p.angle).not.toBe(next.angle);
    }
  });

  it("is deterministic per seed and varies across seeds", () => {
    const current = plan.posts.find((p) => p.network === "x" && p.date === "2025-03-20")!;
    const args = { brief: acmeFr, context: plan.posts, slot: current };
    expect(recomposePost({ ...args, seed: 1 })).toEqual(recomposePost({ ...args, seed: 1 }));
    const bodies = new Set([1, 2, 3, 4, 5].map((seed) => recomposePost({ ...args, seed }).body));
    expect(bodies.size).toBeGreaterThan(1);
  });

  it("makes a carousel with its slides, unless the post cannot take one", () => {
    const current = plan.posts.find((p) => p.network === "linkedin" && p.date === "2025-03-15")!;
    const args = { brief: acmeFr, context: plan.posts, slot: current };
    const seeds = Array.from({ length: 40 }, (_, i) => i);
    const carousels = seeds.map((seed) => recomposePost({ ...args, seed })).filter((p) => p.slides);
    expect(carousels.length).toBeGreaterThan(0);
    for (const c of carousels) {
      expect(c.format).toBe("carousel_outline");
      expect(c.slides!.length).toBeGreaterThanOrEqual(3);
      expect(postViolations(c, "fr-FR")).toEqual([]);
    }
    for (const seed of seeds) {
      const next = recomposePost({ ...args, seed, excludeFormats: ["carousel_outline"] });
      expect(next.format).not.toBe("carousel_outline");
      expect(next.slides).toBeUndefined();
    }
  });

  it("accepts the current version separately from the context", () => {
    const current = plan.posts.find((p) => p.network === "facebook" && p.date === "2025-03-05")!;
    const context = plan.posts.filter((p) => p !== current);
    const next = recomposePost({ brief: acmeFr, context, slot: current, seed: 5, current });
    expect(next.hookTemplate).not.toBe(current.hookTemplate);
    expect(next.body).not.toBe(current.body);
  });
});
