import { median } from "./learning/compute-weights";
import { DEFAULT_POSTING_HOURS, isWithinPostingHours, type PostingHours } from "@/lib/strategy/posting-hours";

export interface TimedOutcome {
  network: string;
  /** brand-local: 0 Sunday … 6 Saturday */
  weekday: number;
  /** brand-local HH */
  hour: number;
  engagementRate: number;
}

export interface BestSlot {
  weekday: number;
  time: string;
  /** the slot's median rate over the network's median, 1 when from guidance */
  lift: number;
  posts: number;
}

export interface NetworkBestTimes {
  network: string;
  source: "data" | "guidance";
  posts: number;
  slots: BestSlot[];
}

/** A slot counts once it has this many posts; a network's own data counts once it has this many in all. */
export const MIN_SLOT_POSTS = 3;
export const MIN_NETWORK_POSTS = 12;

/**
 * General guidance the networks' scheduling studies publish (weekday mornings for LinkedIn and X, late
 * mornings for Facebook), for brands without enough results of their own yet.
 */
export const GUIDANCE: Record<string, { weekday: number; time: string }[]> = {
  linkedin: [
    { weekday: 2, time: "09:00" },
    { weekday: 3, time: "10:00" },
    { weekday: 4, time: "09:00" },
  ],
  facebook: [
    { weekday: 2, time: "10:00" },
    { weekday: 3, time: "12:00" },
    { weekday: 5, time: "09:00" },
  ],
  x: [
    { weekday: 2, time: "10:00" },
    { weekday: 3, time: "09:00" },
    { weekday: 4, time: "11:00" },
  ],
};

const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;

/**
 * The three weekday-and-hour slots where a network's posts earned the most, each as its median engagement
 * rate over the network's median ("lift"), with at least MIN_SLOT_POSTS posts behind it. A network with
 * fewer than MIN_NETWORK_POSTS results, or no slot with enough posts, gets the general guidance instead.
 * Slots outside the brand's posting hours are never offered, learned or not.
 */
export function bestTimes(
  outcomes: TimedOutcome[],
  networks: readonly string[],
  postingHours: PostingHours = DEFAULT_POSTING_HOURS,
): NetworkBestTimes[] {
  const inside = (s: { time: string }) => isWithinPostingHours(s.time, postingHours);
  return networks.map((network) => {
    const mine = outcomes.filter((o) => o.network === network);
    const overall = median(mine.map((o) => o.engagementRate));
    const slots = new Map<string, number[]>();
    for (const o of mine) {
      const key = `${o.weekday} ${o.hour}`;
      slots.set(key, [...(slots.get(key) ?? []), o.engagementRate]);
    }
    const ranked = [...slots]
      .filter(([, rates]) => rates.length >= MIN_SLOT_POSTS)
      .map(([key, rates]) => {
        const [weekday, hour] = key.split(" ").map(Number);
        return { weekday, time: hh(hour), lift: overall > 0 ? median(rates) / overall : 1, posts: rates.length };
      })
      .filter(inside)
      .sort((a, b) => b.lift - a.lift || b.posts - a.posts)
      .slice(0, 3)
      .map((s) => ({ ...s, lift: Math.round(s.lift * 100) / 100 }));
    if (mine.length < MIN_NETWORK_POSTS || ranked.length === 0 || overall === 0) {
      return {
        network,
        source: "guidance" as const,
        posts: mine.length,
        slots: (GUIDANCE[network] ?? []).filter(inside).map((g) => ({ ...g, lift: 1, posts: 0 })),
      };
    }
    return { network, source: "data" as const, posts: mine.length, slots: ranked };
  });
}

/**
 * The best time on a given weekday for a network: its best slot on that weekday, else its best slot's time.
 * "Move to best time" keeps a post on its day and changes only the hour.
 */
export function bestTimeOn(best: NetworkBestTimes, weekday: number): string | null {
  return (best.slots.find((s) => s.weekday === weekday) ?? best.slots[0])?.time ?? null;
}
