// A pillar's weight is shared by every network's plan, so a sentence about one network must not promise
// more slots when the pillar's weight, pulled down by the other networks, gives it fewer.
import { describe, expect, it } from "vitest";
import { computeWeights, explainWeights, type Outcome } from "@/lib/analytics/learning/compute-weights";
import { renderText } from "@/lib/i18n/render-text";

/** "edu" doubles the median on LinkedIn and halves it on Facebook and X. */
function outcomes(): Outcome[] {
  const out: Outcome[] = [];
  for (let d = 0; d < 24; d++)
    for (const network of ["linkedin", "facebook", "x"]) {
      const pillar = ["edu", "proof", "team"][d % 3]!;
      const rate = pillar !== "edu" ? 0.03 : network === "linkedin" ? 0.06 : 0.015;
      out.push({
        network,
        pillar,
        hook: "h",
        format: "text",
        hour: "09",
        engagementRate: rate * (1 + (d % 4) / 20),
        ageDays: 24 - d,
      });
    }
  return out;
}

describe("learning explanations", () => {
  it("say what the pillar's weight does, not only how it fared on one network", () => {
    const o = outcomes();
    expect(computeWeights(o).pillars.edu).toBeLessThanOrEqual(1);
    const en = explainWeights(o).map((t) => renderText(t, "en"));
    const linkedin = en.find((s) => s.includes("on LinkedIn"))!;
    expect(linkedin).toMatch(/1\.9× your median engagement/);
    expect(linkedin).not.toMatch(/more slots/);
    expect(linkedin).toMatch(/no extra slots/);
    const fr = explainWeights(o).map((t) => renderText(t, "fr"));
    expect(fr.find((s) => s.includes("sur LinkedIn"))).toMatch(/pas de créneaux en plus/);
  });

  it("keep the plain sentence when the network and the weight agree", () => {
    const o = outcomes().map((x) => (x.pillar === "edu" ? { ...x, engagementRate: 0.06 } : x));
    const en = explainWeights(o).map((t) => renderText(t, "en"));
    expect(en.filter((s) => s.startsWith("edu posts"))).toHaveLength(3);
    for (const s of en.filter((s) => s.startsWith("edu posts"))) expect(s).toMatch(/so they now get more slots/);
  });
});
