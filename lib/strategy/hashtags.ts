import type { Network } from "./networks";
import type { Rng } from "./random";
import type { BriefVars } from "./render";

export const HASHTAG_POLICY: Record<Network, { min: number; max: number }> = {
  linkedin: { min: 1, max: 3 },
  facebook: { min: 0, max: 2 },
  x: { min: 0, max: 2 },
};

export const EMOJI_POLICY: Record<Network, number> = { linkedin: 2, facebook: 2, x: 1 };

const NON_TAG = /[^\p{L}\p{N}_]+/gu;

export function normalizeHashtag(raw: string): string | null {
  const tag = raw.replace(NON_TAG, "").slice(0, 60);
  return /\p{L}/u.test(tag) ? `#${tag}` : null;
}

/** "urban mobility" → #UrbanMobility, "e-bikes" → #EBikes; a phrase too long to read as one tag gives none. */
function camelTag(text: string): string | null {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const joined = words.map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1)).join("");
  return joined.length > 30 ? null : normalizeHashtag(joined);
}

/**
 * Per-plan hashtag material. Only terms a person chose become tags: the brand's forced tags, its
 * keywords and its name. Words picked out of the positioning gave tags like #Arriving or #Sweaty.
 */
export interface HashtagPool {
  always: string[];
  keywords: string[];
  brand: string[];
  never: Set<string>;
}

const KEYWORD_TAGS_MAX = 6;

export function buildHashtagPool(vars: BriefVars, always: string[], keywords: string[], never: string[]): HashtagPool {
  const neverSet = new Set(never.map((t) => normalizeHashtag(t)?.toLowerCase()).filter((t): t is string => !!t));
  const seen = new Set<string>();
  const keep = (tag: string | null, into: string[]) => {
    const key = tag?.toLowerCase();
    if (!tag || !key || neverSet.has(key) || seen.has(key)) return;
    seen.add(key);
    into.push(tag);
  };
  const pool: HashtagPool = { always: [], keywords: [], brand: [], never: neverSet };
  for (const t of always) keep(normalizeHashtag(t), pool.always);
  for (const k of keywords) if (pool.keywords.length < KEYWORD_TAGS_MAX) keep(camelTag(k), pool.keywords);
  keep(camelTag(vars.name), pool.brand);
  return pool;
}

/**
 * Picks a few tags within the network's policy: forced tags first, then the brand's keywords (rotated
 * so a month does not repeat one set), its name, and the pillar's topic only to reach the minimum.
 */
export function pickHashtags(network: Network, pillarTag: string, pool: HashtagPool, rng: Rng): string[] {
  const { min, max } = HASHTAG_POLICY[network];
  const r = rng();
  const target =
    network === "linkedin"
      ? 2 + Math.floor(r * 2)
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
  const add = (tag: string | null, until: number) => {
    const key = tag?.toLowerCase();
    if (out.length >= until || !tag || !key || seen.has(key) || pool.never.has(key)) return;
    seen.add(key);
    out.push(tag);
  };
  for (const tag of rotate(pool.keywords, Math.floor(rng() * pool.keywords.length))) add(tag, target);
  for (const tag of pool.brand) add(tag, target);
  add(normalizeHashtag(pillarTag), min);
  return out.slice(0, max);
}

function rotate<T>(items: T[], by: number): T[] {
  return items.length ? [...items.slice(by), ...items.slice(0, by)] : items;
}
