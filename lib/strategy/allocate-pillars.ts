import { clampWeight, shuffle, type Rng } from "./random";

/** Slot counts per key: at least one each when days allow, the rest in proportion to weights. */
export function allocateCounts(
  days: number,
  keys: readonly string[],
  weights: Record<string, number> | undefined,
  rng: Rng,
): Map<string, number> {
  const w = (k: string) => clampWeight(weights?.[k]);
  const counts = new Map(keys.map((k) => [k, 0]));
  const base = days >= keys.length ? 1 : 0;
  for (const k of keys) counts.set(k, base);
  let left = days - base * keys.length;
  // Below one slot per key, the heaviest keys win and none repeats.
  const cap = days >= keys.length ? Math.ceil(days / 2) : 1;
  const total = keys.reduce((s, k) => s + w(k), 0);
  const ideal = keys.map((k) => ({ k, share: (left * w(k)) / total, tie: rng() }));
  for (const { k, share } of ideal) {
    const add = Math.min(Math.floor(share), cap - counts.get(k)!);
    counts.set(k, counts.get(k)! + add);
    left -= add;
  }
  // Largest remainder, then anyone still under the cap: the no-consecutive rule needs max ≤ ceil(days/2).
  ideal.sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || b.tie - a.tie);
  while (left > 0) {
    const open = ideal.filter(({ k }) => counts.get(k)! < cap);
    const next = open[0]!;
    counts.set(next.k, counts.get(next.k)! + 1);
    left--;
    ideal.push(ideal.splice(ideal.indexOf(next), 1)[0]!);
  }
  return counts;
}

/**
 * Whether `remaining` can still be laid out with no two equal neighbours when the slot
 * before it holds `prev`: prev can only take every other slot after the first.
 */
function feasible(remaining: Map<string, number>, prev: string, length: number): boolean {
  for (const [k, c] of remaining) {
    if (c > (k === prev ? Math.floor(length / 2) : Math.ceil(length / 2))) return false;
  }
  return true;
}

/**
 * One pillar per day for one network. Without weights it deals shuffled rounds of every
 * pillar, so counts differ by at most one and each pillar is spread evenly; with weights it
 * draws by remaining count, never repeating the previous day and never painting itself
 * into a corner.
 */
export function allocatePillars(args: {
  days: number;
  keys: readonly string[];
  weights?: Record<string, number>;
  rng: Rng;
}): string[] {
  const { days, keys, weights, rng } = args;
  const weighted = !!weights && keys.some((k) => clampWeight(weights[k]) !== 1);
  const out: string[] = [];
  if (!weighted) {
    while (out.length < days) {
      let round = shuffle(keys, rng);
      if (round.length > 1 && round[0] === out[out.length - 1]) round = [...round.slice(1), round[0]!];
      out.push(...round.slice(0, days - out.length));
    }
    return out;
  }
  const remaining = allocateCounts(days, keys, weights, rng);
  let prev = "";
  for (let i = 0; i < days; i++) {
    const left = days - i - 1;
    const options = [...remaining].filter(([k, c]) => {
      if (c === 0 || k === prev) return false;
      remaining.set(k, c - 1);
      const ok = feasible(remaining, k, left);
      remaining.set(k, c);
      return ok;
    });
    let r = rng() * options.reduce((s, [, c]) => s + c, 0);
    let chosen = options[options.length - 1]![0];
    for (const [k, c] of options) {
      r -= c;
      if (r < 0) {
        chosen = k;
        break;
      }
    }
    remaining.set(chosen, remaining.get(chosen)! - 1);
    out.push(chosen);
    prev = chosen;
  }
  return out;
}
