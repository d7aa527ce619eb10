import { describe, expect, it } from "vitest";
import { renderText } from "@/lib/i18n/render-text";
import { decideAbTest } from "@/lib/analytics/learning/ab-test";
import { CAP, computeWeights, explainWeights, FLOOR, type Outcome } from "@/lib/analytics/learning/compute-weights";
import { renderLearning } from "@/lib/analytics/learning/render-learning";

function outcomes(): Outcome[] {
  const out: Outcome[] = [];
  const pillars = ["education", "behind_the_scenes", "proof", "insight", "product", "community"];
  for (let day = 0; day < 30; day++) {
    for (const network of ["linkedin", "x"]) {
      const pillar = pillars[day % 6];
      const base = network === "linkedin" ? 0.04 : 0.01;
      const rate = pillar === "behind_the_scenes" ? base * 1.8 : pillar === "product" ? base * 0.4 : base;
      out.push({
        network,
        pillar,
        hook: `h${day % 4}`,
        format: "text",
        hour: "09",
        engagementRate: rate,
        ageDays: 30 - day,
      });
    }
  }
  return out;
}

describe("computeWeights", () => {
  it("raises the winning pillar, lowers the losing one, and keeps everything within the floor and cap", () => {
    const w = computeWeights(outcomes());
    expect(w.pillars.behind_the_scenes).toBeGreaterThan(1.3);
    expect(w.pillars.product).toBeLessThan(0.8);
    for (const v of Object.values(w.pillars)) {
      expect(v).toBeGreaterThanOrEqual(FLOOR);
      expect(v).toBeLessThanOrEqual(CAP);
    }
    expect(w.pillars.education).toBeCloseTo(1, 1);
  });

  it("compares each post with its own network, so a low-rate network does not drag pillars down", () => {
    const w = computeWeights(outcomes());
    expect(w.pillars.education).toBeGreaterThan(0.9);
  });

  it("centres each dimension on 1.0, so right-skewed results do not lift every option above its even share", () => {
    // Every pillar alike, with a few posts far above the median (as real engagement is).
    const skewed = outcomes().map((o, i) => ({ ...o, engagementRate: 0.02 * (i % 5 === 0 ? 4 : 1 + (i % 3) / 10) }));
    const w = computeWeights(skewed);
    const mean = (r: Record<string, number>) => Object.values(r).reduce((s, v) => s + v, 0) / Object.keys(r).length;
    for (const dimension of [w.pillars, w.hooks, w.formats]) expect(mean(dimension)).toBeCloseTo(1, 2);
    for (const v of Object.values(w.pillars)) expect(Math.abs(v - 1)).toBeLessThan(0.15);
    expect(mean(computeWeights(outcomes()).pillars)).toBeCloseTo(1, 1);
  });

  it("does not swing on a single lucky post", () => {
    const w = computeWeights([
      { network: "x", pillar: "a", hook: "h", format: "f", hour: "09", engagementRate: 0.5, ageDays: 0 },
      { network: "x", pillar: "b", hook: "h", format: "f", hour: "09", engagementRate: 0.01, ageDays: 0 },
      { network: "x", pillar: "c", hook: "h", format: "f", hour: "09", engagementRate: 0.01, ageDays: 0 },
    ]);
    expect(w.pillars.a).toBeLessThan(CAP);
  });

  it("explains the strongest effects in plain words", () => {
    const lines = explainWeights(outcomes(), { behind_the_scenes: "Behind-the-scenes" }).map((t) => renderText(t));
    expect(lines.join(" ")).toMatch(/Behind-the-scenes posts on LinkedIn earn 1\.8× your median engagement/);
  });

  it("names the pillar in the reader's language when the sentences are shown, as the weights are", () => {
    const learning = { explanations: explainWeights(outcomes(), { behind_the_scenes: "Behind-the-scenes" }), ab: {} };
    expect(renderLearning(learning, "fr")!.explanations.join(" ")).toMatch(/^Les posts Coulisses sur LinkedIn/);
    expect(renderLearning(learning, "en")!.explanations.join(" ")).toMatch(/^Behind the scenes posts on LinkedIn/);
  });
});

describe("comments temper engagement", () => {
  const angry = (o: Outcome): Outcome =>
    o.pillar === "behind_the_scenes"
      ? { ...o, comments: 6, negativeComments: 5 }
      : { ...o, comments: 4, negativeComments: 0 };

  it("does not reward a pillar whose posts draw mostly negative comments for their engagement alone", () => {
    const plain = computeWeights(outcomes());
    const tempered = computeWeights(outcomes().map(angry));
    expect(plain.pillars.behind_the_scenes).toBeGreaterThan(1.3);
    // no more than a pillar whose posts earn the median: its even share
    expect(tempered.pillars.behind_the_scenes).toBeLessThanOrEqual(tempered.pillars.education);
    expect(tempered.pillars.product).toBeLessThan(0.8);
  });

  it("keeps the lift when complaints are a minority or too few to judge", () => {
    const few = outcomes().map((o) =>
      o.pillar === "behind_the_scenes" ? { ...o, comments: 2, negativeComments: 2 } : o,
    );
    const minority = outcomes().map((o) =>
      o.pillar === "behind_the_scenes" ? { ...o, comments: 10, negativeComments: 5 } : o,
    );
    expect(computeWeights(few).pillars.behind_the_scenes).toBeGreaterThan(1.3);
    expect(computeWeights(minority).pillars.behind_the_scenes).toBeGreaterThan(1.3);
  });

  it("says so in the plain-words explanation", () => {
    const lines = explainWeights(outcomes().map(angry), { behind_the_scenes: "Behind-the-scenes" })
      .map((t) => renderText(t))
      .join(" ");
    expect(lines).toMatch(
      /Behind-the-scenes posts on LinkedIn draw mostly negative comments \(25 of 30\), so their engagement alone earns them no extra slots\./,
    );
    expect(lines).not.toMatch(/Behind-the-scenes posts on LinkedIn earn 1\.8×/);
  });
});

describe("decideAbTest", () => {
  it("declares a clear winner with its confidence", () => {
    const r = decideAbTest(
      { posts: 10, impressions: 10_000, engagements: 600 },
      { posts: 10, impressions: 10_000, engagements: 300 },
    );
    expect(r.winner).toBe("A");
    expect(r.confidence).toBeGreaterThan(0.99);
    expect(renderText(r.reason)).toBe("Variant A wins with 100% confidence.");
    expect(renderText(r.reason, "fr")).toBe("La variante A l’emporte avec 100\u00a0% de confiance.");
  });

  it("declares no winner on noise or on too little data", () => {
    expect(
      decideAbTest(
        { posts: 10, impressions: 10_000, engagements: 305 },
        { posts: 10, impressions: 10_000, engagements: 300 },
      ).winner,
    ).toBeNull();
    expect(
      decideAbTest({ posts: 1, impressions: 100, engagements: 50 }, { posts: 1, impressions: 100, engagements: 1 })
        .winner,
    ).toBeNull();
  });
});
