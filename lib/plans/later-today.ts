import { brandToday } from "@/lib/dates/zoned";

const QUARTER_MS = 15 * 60_000;

/**
 * A new post planned for an hour of today that has already passed moves to the next quarter hour, while
 * today lasts: approved at its planned time, it would go out at once, hours late. Other days keep theirs.
 * `today` is the brand's, worked out once for a whole plan.
 */
export function laterToday(scheduledAt: Date, date: string, now: Date, today: string, timeZone: string): Date {
  if (scheduledAt >= now || date !== today) return scheduledAt;
  const next = new Date(Math.ceil((now.getTime() + 1) / QUARTER_MS) * QUARTER_MS);
  return brandToday(next, timeZone) === date ? next : scheduledAt;
}
