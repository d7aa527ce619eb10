import { DEFAULT_PUBLISH_TIMES, type Network } from "./networks";
import { clampToPostingHours, DEFAULT_POSTING_HOURS, isWithinPostingHours, type PostingHours } from "./posting-hours";
import { clampWeight } from "./random";

/**
 * An explicit brief time always wins: a person chose it (the calendar flags it when outside the posting
 * hours). Otherwise the best learned hour inside the posting hours replaces the default hour when it has
 * beaten the average (weight > 1), keeping the default minutes; the default itself is pulled inside the hours.
 */
export function resolvePublishTime(
  network: Network,
  explicit: string | undefined,
  hours: Record<string, number> | undefined,
  postingHours: PostingHours = DEFAULT_POSTING_HOURS,
): string {
  if (explicit) return explicit;
  const fallback = DEFAULT_PUBLISH_TIMES[network];
  let best: { hour: number; weight: number } | null = null;
  for (const [key, raw] of Object.entries(hours ?? {})) {
    const [scope, hourText] = key.includes(":") ? key.split(":", 2) : [null, key];
    if (scope !== null && scope !== network) continue;
    const hour = Number(hourText);
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) continue;
    if (!isWithinPostingHours(`${String(hour).padStart(2, "0")}${fallback.slice(2)}`, postingHours)) continue;
    const weight = clampWeight(raw);
    if (weight > 1 && (!best || weight > best.weight || (weight === best.weight && hour < best.hour)))
      best = { hour, weight };
  }
  if (best) return `${String(best.hour).padStart(2, "0")}${fallback.slice(2)}`;
  return clampToPostingHours(fallback, postingHours);
}
