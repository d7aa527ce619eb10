import { DEFAULT_PUBLISH_TIMES, type Network } from "./networks";
import { clampWeight } from "./random";

/**
 * An explicit brief time always wins. Otherwise the best learned hour replaces the default
 * hour when it has beaten the average (weight > 1); the default minutes are kept.
 */
export function resolvePublishTime(
  network: Network,
  explicit: string | undefined,
  hours: Record<string, number> | undefined,
): string {
  if (explicit) return explicit;
  const fallback = DEFAULT_PUBLISH_TIMES[network];
  if (!hours) return fallback;
  let best: { hour: number; weight: number } | null = null;
  for (const [key, raw] of Object.entries(hours)) {
    const [scope, hourText] = key.includes(":") ? key.split(":", 2) : [null, key];
    if (scope !== null && scope !== network) continue;
    const hour = Number(hourText);
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) continue;
    const weight = clampWeight(raw);
    if (weight > 1 && (!best || weight > best.weight || (weight === best.weight && hour < best.hour)))
      best = { hour, weight };
  }
  return best ? `${String(best.hour).padStart(2, "0")}${fallback.slice(2)}` : fallback;
}
