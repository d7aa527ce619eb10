import { describe, expect, it } from "vitest";
import { normalCdf } from "@/lib/analytics/learning/normal-cdf";

// Reference values of Φ from standard normal tables computed to 7 decimals.
const KNOWN: [number, number][] = [
  [1.96, 0.9750021],
  [1, 0.8413447],
  [0, 0.5],
  [-1.96, 0.0249979],
  [-1, 0.1586553],
  [2.5758293, 0.995],
  [3, 0.9986501],
];

describe("normalCdf", () => {
  it.each(KNOWN)("Φ(%s) = %s to 1e-6", (z, phi) => {
    expect(Math.abs(normalCdf(z) - phi)).toBeLessThan(1e-6);
  });

  it("is symmetric: Φ(-z) = 1 - Φ(z)", () => {
    for (const z of [0.1, 0.5, 1.2, 2.33, 4]) expect(normalCdf(-z) + normalCdf(z)).toBeCloseTo(1, 12);
  });
});
