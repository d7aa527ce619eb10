/** Seeded PRNG: plans must be reproducible from (brief, seed), so Math.random is never used. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts, so each network/slot gets its own independent stream. */
export function deriveSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  const s = parts.join("\u0001");
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function pick<T>(items: readonly T[], rng: Rng): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** Learning weights are multipliers near 1; clamping keeps one bad metric from starving a choice. */
export function clampWeight(w: number | undefined): number {
  if (w === undefined || !Number.isFinite(w)) return 1;
  return Math.min(20, Math.max(0.05, w));
}

export function weightedPick<T>(items: readonly T[], weightOf: (item: T) => number, rng: Rng): T {
  let total = 0;
  for (const item of items) total += weightOf(item);
  let r = rng() * total;
  for (const item of items) {
    r -= weightOf(item);
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}
