import type { Copy } from "./copy/types";
import type { Network } from "./networks";
import type { Rng } from "./random";
import type { BriefVars } from "./render";

export const HASHTAG_POLICY: Record<Network, { min: number; max: number }> = {
  linkedin: { min: 3, max: 5 },
  facebook: { min: 0, max: 2 },
  x: { min: 0, max: 2 },
};

export const EMOJI_POLICY: Record<Network, number> = { linkedin: 2, facebook: 2, x: 1 };

const NON_TAG = /[^\p{L}\p{N}_]+/gu;

export function normalizeHashtag(raw: string): string | null {
  const tag = raw.replace(NON_TAG, "").slice(0, 60);
  return /\p{L}/u.test(tag) ? `#${tag}` : null;
}

function camelTag(text: string): string | null {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const joined = words.map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1)).join("");
  return joined.length > 30 ? null : normalizeHashtag(joined);
}

/** Per-plan hashtag material: the brand's forced tags plus a few derived from its own words. */
export interface HashtagPool {
  always: string[];
  derived: string[];
  never: Set<string>;
}

export function buildHashtagPool(vars: BriefVars, copy: Copy, always: string[], never: string[]): HashtagPool {
  const neverSet = new Set(never.map((t) => normalizeHashtag(t)?.toLowerCase()).filter((t): t is string => !!t));
  const seen = new Set<string>();
  const keep = (tag: string | null, into: string[]) => {
    const key = tag?.toLowerCase();
    if (!tag || !key || neverSet.has(key) || seen.has(key)) return;
    seen.add(key);
    into.push(tag);
  };
  const alwaysTags: string[] = [];
  for (const t of always) keep(normalizeHashtag(t), alwaysTags);
  const derived: string[] = [];
  keep(camelTag(vars.name), derived);
  // The brand's most repeated long words make better tags than a generic list would.
  const stop = new Set(copy.stopwords);
  const counts = new Map<string, number>();
  for (const text of [vars.positioning, ...vars.valueProps]) {
    for (const word of text.toLocaleLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length >= 6 && word.length <= 24 && !stop.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const keywords = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
  for (const [word] of keywords) keep(normalizeHashtag(word.charAt(0).toLocaleUpperCase() + word.slice(1)), derived);
  return { always: alwaysTags, derived, never: neverSet };
}

/** Picks tags within the network's policy: forced tags first, then the pillar's, then derived ones. */
export function pickHashtags(network: Network, pillarTag: string, pool: HashtagPool, rng: Rng): string[] {
  const { min, max } = HASHTAG_POLICY[network];
  const r = rng();
  const target =
    network === "linkedin"
      ? 3 + Math.floor(r * 3)
      : network === "x"
        ? r < 0.5
          ? 1
          : 2
        : r < 0.25
          ? 0
          : r < 0.75
            ? 1
            : 2;
  const out = [...pool.always];
  const seen = new Set(out.map((t) => t.toLowerCase()));
  const candidates = [normalizeHashtag(pillarTag), ...rotate(pool.derived, Math.floor(rng() * pool.derived.length))];
  for (const tag of candidates) {
    if (out.length >= Math.max(target, min)) break;
    if (!tag || seen.has(tag.toLowerCase()) || pool.never.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out.slice(0, max);
}

function rotate<T>(items: T[], by: number): T[] {
  return items.length ? [...items.slice(by), ...items.slice(0, by)] : items;
}
