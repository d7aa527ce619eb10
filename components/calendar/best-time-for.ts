import { bestTimeOn } from "@/lib/analytics/best-times";
import type { BestTimesResponse } from "@/app/api/brands/[brand]/best-times/route";

/** The best time for a post on its own day among the networks' learned slots; null when it is already there. */
export function bestTimeFor(
  best: BestTimesResponse["networks"],
  p: { platform: string; date: string; time: string },
): string | null {
  const b = best.find((n) => n.network === p.platform);
  const time = b ? bestTimeOn(b, new Date(`${p.date}T00:00:00Z`).getUTCDay()) : null;
  return time && time !== p.time ? time : null;
}
