/**
 * A/B hooks: a two-proportion z-test on engagements per impression. A winner is declared only at
 * 95% confidence (two-sided) with at least MIN_IMPRESSIONS per arm; otherwise the test continues.
 */
export interface Arm {
  posts: number;
  impressions: number;
  engagements: number;
}

export const MIN_IMPRESSIONS = 500;
export const CONFIDENCE = 0.95;

function normalCdf(z: number): number {
  // Abramowitz-Stegun 7.1.26 approximation of erf.
  const t = 1 / (1 + 0.3275911 * Math.abs(z / Math.SQRT2));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

export function decideAbTest(a: Arm, b: Arm) {
  const rate = (x: Arm) => (x.impressions ? x.engagements / x.impressions : 0);
  const base = { a: { ...a, rate: rate(a) }, b: { ...b, rate: rate(b) } };
  if (a.impressions < MIN_IMPRESSIONS || b.impressions < MIN_IMPRESSIONS) {
    return {
      ...base,
      winner: null,
      confidence: 0,
      reason: `Needs at least ${MIN_IMPRESSIONS} impressions per variant.`,
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
      reason: `Not significant yet (${(confidence * 100).toFixed(0)}% < 95%).`,
    };
  }
  const winner = z > 0 ? ("A" as const) : ("B" as const);
  return {
    ...base,
    winner,
    confidence,
    reason: `Variant ${winner} wins with ${(confidence * 100).toFixed(1)}% confidence.`,
  };
}
