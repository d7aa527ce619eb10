import type { PostDto } from "@/lib/plans/post-dto";
import { NETWORK_NAME } from "./network-meta";

/** How a conflict reads, in the interface language. */
export interface ConflictWords {
  outside: (time: string, hours: typeof POSTING_HOURS) => string;
  crowded: (count: number, network: string, date: string) => string;
}

/** The hours a brand's audience is awake for, brand-local: a post outside them is flagged, not refused. */
export const POSTING_HOURS = { start: "07:00", end: "21:00" };

/**
 * What deserves a second look before approval, per post id: two live posts on one network on one day (they
 * compete with each other), or a time outside the posting hours. Skipped posts conflict with nothing.
 */
export function findConflicts(posts: PostDto[], say: ConflictWords): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, reason: string) => out.set(id, [...(out.get(id) ?? []), reason]);
  const slots = new Map<string, PostDto[]>();
  for (const p of posts) {
    if (p.status === "skipped") continue;
    const key = `${p.date} ${p.platform}`;
    slots.set(key, [...(slots.get(key) ?? []), p]);
    if (p.time < POSTING_HOURS.start || p.time > POSTING_HOURS.end) {
      add(p.id, say.outside(p.time, POSTING_HOURS));
    }
  }
  for (const same of slots.values()) {
    if (same.length < 2) continue;
    for (const p of same) add(p.id, say.crowded(same.length, NETWORK_NAME[p.platform], p.date));
  }
  return out;
}
