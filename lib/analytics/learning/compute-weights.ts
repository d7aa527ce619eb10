import { msg, type Text } from "@/lib/i18n/text";
import { networkName } from "@/lib/strategy/network-names";

/**
 * Learning method: each post's engagement rate is divided by its network's median rate over the
 * window (its "lift"), so a LinkedIn post is compared with LinkedIn posts. For every option of a
 * dimension (pillar, hook template, format, and hour per network) we take an exponentially weighted mean of the
 * lifts (half-life 14 days), shrink it toward 1.0 with 3 pseudo-observations so a single lucky post
 * cannot swing it (each lift is also capped at 3× first), and clamp it to [0.5, 2.0]: the floor keeps
 * every option in rotation.
 *
 * Engagement is right-skewed, so a mean of lifts over a median sits above 1 for nearly every option. A
 * dimension's weights are therefore divided by their own mean (hours: per network), so 1.0 is what an even
 * rotation gives each option: above it means more posts than an even share, below it fewer.
 *
 * Comments temper engagement: a post whose comments are mostly negative (more than half of at least
 * MIN_COMMENTS) keeps a lift of at most 1, so a pillar that draws complaints is not rewarded for the
 * engagement the complaints themselves create.
 */
export interface Outcome {
  network: string;
  pillar: string;
  hook: string;
  format: string;
  hour: string;
  engagementRate: number;
  ageDays: number;
  /** listened comments on the post and how many of them are negative */
  comments?: number;
  negativeComments?: number;
}

interface LearnedWeights {
  pillars: Record<string, number>;
  hooks: Record<string, number>;
  formats: Record<string, number>;
  hours: Record<string, number>;
}

const HALF_LIFE_DAYS = 14;
const PRIOR_STRENGTH = 3;
export const FLOOR = 0.5;
export const CAP = 2.0;
const MAX_LIFT = 3;
export const MIN_COMMENTS = 3;

export function mostlyNegative(o: { comments?: number; negativeComments?: number }): boolean {
  const n = o.comments ?? 0;
  return n >= MIN_COMMENTS && (o.negativeComments ?? 0) / n > 0.5;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function lifts(outcomes: Outcome[]): (Outcome & { lift: number })[] {
  const byNetwork = new Map<string, number[]>();
  for (const o of outcomes) byNetwork.set(o.network, [...(byNetwork.get(o.network) ?? []), o.engagementRate]);
  const medians = new Map([...byNetwork].map(([k, v]) => [k, median(v)]));
  return outcomes.map((o) => {
    const m = medians.get(o.network) ?? 0;
    const lift = m > 0 ? o.engagementRate / m : 1;
    return { ...o, lift: mostlyNegative(o) ? Math.min(lift, 1) : lift };
  });
}

function weighOption(items: { lift: number; ageDays: number }[]): number {
  let num = PRIOR_STRENGTH;
  let den = PRIOR_STRENGTH;
  for (const it of items) {
    const w = Math.pow(0.5, it.ageDays / HALF_LIFE_DAYS);
    num += w * Math.min(it.lift, MAX_LIFT);
    den += w;
  }
  return num / den;
}

const roundWeight = (v: number) => Math.round(Math.min(CAP, Math.max(FLOOR, v)) * 1000) / 1000;

/** Each option's weight over the mean of its group's (`group` of a key: hours are compared within a network). */
function relativeToMean(
  weights: Map<string, number>,
  group: (key: string) => string = () => "",
): Record<string, number> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const [k, v] of weights) {
    const g = sums.get(group(k)) ?? { total: 0, n: 0 };
    sums.set(group(k), { total: g.total + v, n: g.n + 1 });
  }
  return Object.fromEntries(
    [...weights].map(([k, v]) => {
      const { total, n } = sums.get(group(k))!;
      return [k, roundWeight(v / (total / n))];
    }),
  );
}

function byKey(
  items: (Outcome & { lift: number })[],
  key: (o: Outcome) => string,
  group?: (key: string) => string,
): Record<string, number> {
  const groups = new Map<string, (Outcome & { lift: number })[]>();
  for (const it of items) groups.set(key(it), [...(groups.get(key(it)) ?? []), it]);
  return relativeToMean(new Map([...groups].map(([k, v]) => [k, weighOption(v)])), group);
}

export function computeWeights(outcomes: Outcome[]): LearnedWeights {
  const l = lifts(outcomes);
  return {
    pillars: byKey(l, (o) => o.pillar),
    hooks: byKey(l, (o) => o.hook),
    formats: byKey(l, (o) => o.format),
    // A lift compares a post with its own network only, so an hour is learned per network ("x:17"),
    // which resolvePublishTime reads; unscoped, one network's best hour pulled every network onto it.
    hours: byKey(
      l,
      (o) => `${o.network}:${o.hour}`,
      (k) => k.split(":")[0],
    ),
  };
}

/** Plain-words reasons for the strongest per-network effects, e.g. "… earn 1.8× your median engagement". */
export function explainWeights(outcomes: Outcome[], labels: Record<string, string> = {}, limit = 4): Text[] {
  return [...explainEngagement(outcomes, labels, limit), ...explainComments(outcomes, labels)];
}

/** Pillars whose posts draw mostly negative comments on a network, said plainly. */
function explainComments(outcomes: Outcome[], labels: Record<string, string>): Text[] {
  const groups = new Map<string, { comments: number; negative: number; capped: number }>();
  for (const o of outcomes) {
    if (!o.comments) continue;
    const k = `${o.network}|${o.pillar}`;
    const g = groups.get(k) ?? { comments: 0, negative: 0, capped: 0 };
    g.comments += o.comments;
    g.negative += o.negativeComments ?? 0;
    if (mostlyNegative(o)) g.capped++;
    groups.set(k, g);
  }
  return [...groups]
    .filter(([, g]) => g.comments >= MIN_COMMENTS && g.negative / g.comments > 0.5)
    .sort((a, b) => b[1].negative / b[1].comments - a[1].negative / a[1].comments)
    .map(([k, g]) => {
      const [network, pillar] = k.split("|");
      return msg("learning.explain.negative", {
        pillar,
        name: labels[pillar] ?? pillar,
        network: networkName(network),
        negative: g.negative,
        comments: g.comments,
      });
    });
}

function explainEngagement(outcomes: Outcome[], labels: Record<string, string>, limit: number): Text[] {
  const l = lifts(outcomes);
  // Every network's plan shares one weight per pillar: the consequence a sentence states is that weight's.
  const pillarWeights = byKey(l, (o) => o.pillar);
  const groups = new Map<string, (Outcome & { lift: number })[]>();
  for (const it of l) {
    const k = `${it.network}|${it.pillar}`;
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  return [...groups]
    .filter(([, v]) => v.length >= 2)
    .map(([k, v]) => ({ k, w: weighOption(v), n: v.length, raw: median(v.map((x) => x.lift)) }))
    .filter((g) => Math.abs(g.raw - 1) >= 0.2)
    .sort((a, b) => Math.abs(b.raw - 1) - Math.abs(a.raw - 1))
    .slice(0, limit)
    .map(({ k, raw, n }) => {
      const [network, pillar] = k.split("|");
      const name = labels[pillar] ?? pillar;
      const values = { pillar, name, network: networkName(network), factor: Math.round(raw * 10) / 10, posts: n };
      const weight = pillarWeights[pillar] ?? 1;
      if (raw > 1) return msg(weight > 1 ? "learning.explain.more" : "learning.explain.moreHereOnly", values);
      return msg(weight < 1 ? "learning.explain.fewer" : "learning.explain.fewerHereOnly", values);
    });
}
