/**
 * Φ(z), the standard normal CDF, from the Abramowitz-Stegun 7.1.26 approximation of erf
 * (absolute error under 1.5e-7 in erf, so under 1e-7 here).
 */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z / Math.SQRT2));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}
