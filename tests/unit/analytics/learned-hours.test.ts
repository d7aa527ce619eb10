// Each network posts at its own hour, and a lift compares a post only with its own network's posts:
// what X's 17:00 posts earned on X says nothing about LinkedIn at 17:00. Learned hours must therefore
// move each network's time by its own results, never pull every network onto one hour.
import { describe, expect, it } from "vitest";
import { computeWeights, type Outcome } from "@/lib/analytics/learning/compute-weights";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { NETWORKS, type Network } from "@/lib/strategy/networks";
import { acmeEn } from "../strategy/fixtures";

const HOURS: Record<Network, string> = { linkedin: "09", facebook: "12", x: "17" };

function outcomes(): Outcome[] {
  const out: Outcome[] = [];
  for (let day = 0; day < 28; day++)
    for (const network of NETWORKS) {
      // Right-skewed results, as real engagement is: a few posts far above the network's median.
      const spike = day % 7 === 0 ? (network === "x" ? 3 : 2) : 1;
      out.push({
        network,
        pillar: "education",
        hook: "story",
        format: "text",
        hour: HOURS[network],
        engagementRate: 0.02 * spike * (1 + (day % 3) / 10),
        ageDays: 28 - day,
      });
    }
  return out;
}

describe("learned posting hours", () => {
  it("keep each network at the hour its own posts were learned from", () => {
    const weights = computeWeights(outcomes());
    const plan = generatePlan({
      brief: acmeEn,
      startDate: "2027-01-04",
      durationDays: 7,
      networks: [...NETWORKS],
      seed: 3,
      weights,
    });
    const hours = Object.fromEntries(
      NETWORKS.map((n) => [n, new Set(plan.posts.filter((p) => p.network === n).map((p) => p.time.slice(0, 2)))]),
    );
    expect(hours).toEqual({ linkedin: new Set(["09"]), facebook: new Set(["12"]), x: new Set(["17"]) });
  });

  it("name the network each hour was learned on", () => {
    expect(Object.keys(computeWeights(outcomes()).hours).sort()).toEqual(["facebook:12", "linkedin:09", "x:17"]);
  });
});
