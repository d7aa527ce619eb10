import type { PostDto } from "@/lib/plans/post-dto";
import { hourLabel, isWithinPostingHours, type PostingHours } from "@/lib/strategy/posting-hours";
import { NETWORK_NAME } from "./network-meta";

/** How a conflict reads, in the interface language. */
export interface ConflictWords {
  outside: (time: string, hours: { start: string; end: string }) => string;
  crowded: (count: number, network: string, date: string) => string;
}

/**
 * What deserves a second look before approval, per post id: two live posts on one network on one day (they
 * compete with each other), or a time outside the brand's posting hours (flagged, not refused). Skipped posts
 * conflict with nothing.
 */
export function findConflicts(posts: PostDto[], hours: PostingHours, say: ConflictWords): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, reason: string) => out.set(id, [...(out.get(id) ?? []), reason]);
  const slots = new Map<string, PostDto[]>();
  const labels = { start: hourLabel(hours.start), end: hourLabel(hours.end) };
  for (const p of posts) {
    if (p.status === "skipped") continue;
    const key = `${p.date} ${p.platform}`;
    slots.set(key, [...(slots.get(key) ?? []), p]);
    if (!isWithinPostingHours(p.time, hours)) add(p.id, say.outside(p.time, labels));
  }
  for (const same of slots.values()) {
    if (same.length < 2) continue;
    for (const p of same) add(p.id, say.crowded(same.length, NETWORK_NAME[p.platform], p.date));
  }
  return out;
}
