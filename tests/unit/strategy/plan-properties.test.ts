import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { PILLAR_KEYS } from "@/lib/strategy/pillars";
import { recomposePost } from "@/lib/strategy/recompose-post";
import { daysBetween } from "@/lib/dates/days";
import { briefArb, planArgsArb, planViolations, postViolations } from "./plan-rules";

// Raise STRATEGY_RUNS for a deeper search; the default keeps the unit suite fast.
const RUNS = Number(process.env.STRATEGY_RUNS ?? 60);

describe("generatePlan properties", { timeout: 120_000 }, () => {
  for (const language of ["en-US", "fr-FR"] as const) {
    it(`obeys every rule for any brief, start, duration, networks and seed (${language})`, () => {
      fc.assert(
        fc.property(briefArb(language), planArgsArb, (brief, args) => {
          const plan = generatePlan({ brief, ...args });
          expect(planViolations(plan, { brief, ...args })).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("is deterministic for a seed", () => {
    fc.assert(
      fc.property(briefArb(), planArgsArb, (brief, args) => {
        expect(generatePlan({ brief, ...args })).toEqual(generatePlan({ brief, ...args }));
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it("keeps the rules with learning weights, and every pillar still appears", () => {
    const weight = fc.double({ min: 0, max: 5, noNaN: true });
    const weightsArb = fc.record({
      pillars: fc.dictionary(fc.constantFrom(...PILLAR_KEYS), weight),
      hooks: fc.dictionary(fc.constantFrom("direct", "question", "story", "myth", "proof"), weight),
      formats: fc.dictionary(fc.constantFrom("poll", "thread", "question", "x:single", "text"), weight),
    });
    fc.assert(
      fc.property(briefArb(), planArgsArb, weightsArb, (brief, args, weights) => {
        const plan = generatePlan({ brief, ...args, weights });
        expect(planViolations(plan, { brief, ...args, weighted: true })).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("alternates A/B hooks per pillar and keeps the 7-day rule", () => {
    const abArb = fc.dictionary(
      fc.constantFrom(...PILLAR_KEYS),
      fc.tuple(fc.constant("Hook A for {name}?"), fc.constant("Hook B: {audience}!")),
      {
        minKeys: 1,
      },
    );
    fc.assert(
      fc.property(briefArb(), planArgsArb, abArb, (brief, args, abTests) => {
        const plan = generatePlan({ brief, ...args, abTests });
        expect(planViolations(plan, { brief, ...args })).toEqual([]);
        for (const network of args.networks) {
          for (const pillar of Object.keys(abTests)) {
            const variants = plan.posts
              .filter((p) => p.network === network && p.pillar === pillar && p.abVariant)
              .map((p) => p.abVariant);
            variants.forEach((v, i) => expect(v).toBe(i % 2 === 0 ? "A" : "B"));
          }
        }
      }),
      { numRuns: Math.ceil((RUNS * 2) / 3) },
    );
  });

  it("recomposePost gives a different post that still obeys the rules around it", () => {
    fc.assert(
      fc.property(briefArb(), planArgsArb, fc.nat(), fc.integer(), (brief, args, pickIndex, seed) => {
        const plan = generatePlan({ brief, ...args });
        const current = plan.posts[pickIndex % plan.posts.length]!;
        const next = recomposePost({ brief, context: plan.posts, slot: current, seed });
        expect(next.hookTemplate).not.toBe(current.hookTemplate);
        expect(next.angle).not.toBe(current.angle);
        expect(next.body).not.toBe(current.body);
        expect(next.pillar).toBe(current.pillar);
        expect(next.ctaTarget).toBe(current.ctaTarget);
        const language = plan.guidelines.language;
        expect(postViolations(next, language)).toEqual([]);
        const others = plan.posts.filter((p) => p !== current);
        expect(others.map((p) => p.body)).not.toContain(next.body);
        for (const p of others) {
          if (p.network !== current.network || Math.abs(daysBetween(current.date, p.date)) >= 7) continue;
          expect(p.hookTemplate).not.toBe(next.hookTemplate);
          expect(p.angle).not.toBe(next.angle);
        }
      }),
      { numRuns: Math.ceil((RUNS * 2) / 3) },
    );
  });
});
