import { addDays, daysBetween } from "@/lib/dates/days";
import { listeningRangeQuery, MAX_RANGE_DAYS } from "@/lib/schemas/listening";
import { presetRange } from "@/components/analytics/filters";

/** Brand-local days, both included; both null for one post's whole conversation (`?post=` without dates). */
export interface ConversationRange {
  from: string | null;
  to: string | null;
}

/** What the comments API falls back to without dates; the page asks for it explicitly so both panels agree. */
export const DEFAULT_RANGE_DAYS = 30;

/**
 * The range the URL asks for (`?from=&to=`), with a missing end filled in the way the API fills it. The dates are
 * kept as written, even when wrong, so the page can say what is wrong with a shared link instead of guessing.
 */
export function resolveRange(
  params: { from?: string; to?: string },
  today: string,
  wholePost: boolean,
): ConversationRange {
  const { from, to } = params;
  if (!from && !to) return wholePost ? { from: null, to: null } : presetRange(today, DEFAULT_RANGE_DAYS);
  const end = to ?? today;
  return { from: from ?? (isDay(end) ? addDays(end, -(DEFAULT_RANGE_DAYS - 1)) : ""), to: end };
}

export type RangeProblem = { kind: "date" } | { kind: "order" } | { kind: "tooLong"; days: number; max: number };

/** Why the API would refuse this range (422), read from the API's own schema so the two never disagree. */
export function rangeProblem(from: string, to: string): RangeProblem | null {
  const parsed = listeningRangeQuery.safeParse({ from, to });
  if (parsed.success) return null;
  const message = parsed.error.issues[0]?.message;
  if (message === "errors.v.fromTo") return { kind: "order" };
  if (message === "errors.v.range366") return { kind: "tooLong", days: daysBetween(from, to) + 1, max: MAX_RANGE_DAYS };
  return { kind: "date" };
}

const isDay = (s: string) => listeningRangeQuery.safeParse({ from: s }).success;

/** `brand=&from=&to=&platform=`: the same days and network on Analytics and in Conversations. */
export function rangeParams(brand: string, from: string, to: string, platform: string | null) {
  const q = new URLSearchParams({ brand, from, to });
  if (platform) q.set("platform", platform);
  return q;
}
