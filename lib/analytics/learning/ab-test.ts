import { normalCdf } from "./normal-cdf";
import { msg } from "@/lib/i18n/text";

/**
 * A/B hooks: a two-proportion z-test on engagements per impression. A winner is declared only at
 * 95% confidence (two-sided) with at least MIN_IMPRESSIONS per arm; otherwise the test continues.
 */
interface Arm {
  posts: number;
  impressions: number;
  engagements: number;
}

const MIN_IMPRESSIONS = 500;
const CONFIDENCE = 0.95;

export function decideAbTest(a: Arm, b: Arm) {
  const rate = (x: Arm) => (x.impressions ? x.engagements / x.impressions : 0);
  const base = { a: { ...a, rate: rate(a) }, b: { ...b, rate: rate(b) } };
  if (a.impressions < MIN_IMPRESSIONS || b.impressions < MIN_IMPRESSIONS) {
    return {
      ...base,
      winner: null,
      confidence: 0,
      reason: msg("learning.ab.needsImpressions", { min: MIN_IMPRESSIONS }),
    };
  }
  const pooled = (a.engagements + b.engagements) / (a.impressions + b.impressions);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.impressions + 1 / b.impressions));
  const z = se > 0 ? (rate(a) - rate(b)) / se : 0;
  const confidence = Math.round((2 * normalCdf(Math.abs(z)) - 1) * 1000) / 1000;
  if (confidence < CONFIDENCE) {
    return {
      ...base,
      winner: null,
      confidence,
      reason: msg("learning.ab.notSignificant", { confidence: Math.round(confidence * 100) }),
    };
  }
  const winner = z > 0 ? ("A" as const) : ("B" as const);
  return {
    ...base,
    winner,
    confidence,
    reason: msg("learning.ab.wins", { winner, confidence: Math.round(confidence * 1000) / 10 }),
  };
}
