import { addDays } from "@/lib/dates/days";
import { brandToday, zonedInstant } from "@/lib/dates/zoned";

/** A brand-local day range (default: the last `defaultDays` days to today) and its UTC bounds [start, end). */
export function brandRange(timezone: string, now: Date, q: { from?: string; to?: string }, defaultDays = 30) {
  const to = q.to ?? (q.from ? addDays(q.from, defaultDays - 1) : brandToday(now, timezone));
  const from = q.from ?? addDays(to, -(defaultDays - 1));
  return {
    from,
    to,
    start: zonedInstant(from, "00:00", timezone),
    end: zonedInstant(addDays(to, 1), "00:00", timezone),
  };
}
