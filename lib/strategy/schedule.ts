import { HHMM_PATTERN } from "./brief";
import { DEFAULT_PUBLISH_TIMES, type Network } from "./networks";
import { clampWeight } from "./random";

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since the epoch for a calendar date; throws on impossible dates like 2025-02-30. */
export function dayNumber(date: string): number {
  const m = DATE_PATTERN.exec(date);
  if (!m) throw new RangeError(`Invalid date: ${date}`);
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`Invalid date: ${date}`);
  return ms / DAY_MS;
}

export function isIsoDate(date: string): boolean {
  try {
    dayNumber(date);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

// Creating an Intl formatter costs far more than using one, so one per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const offsetCache = new Map<string, Map<number, number>>();

/** The zone's UTC offset in ms at an instant; memoised because Intl formatting dominates planning time. */
function offsetAt(timeZone: string, instant: number): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  let offset = zone.get(instant);
  if (offset === undefined) {
    offset = computeOffset(timeZone, instant);
    if (zone.size >= 10_000) zone.clear();
    zone.set(instant, offset);
  }
  return offset;
}

function computeOffset(timeZone: string, instant: number): number {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The UTC instant at which a brand-local wall time happens. A time skipped by a DST jump is
 * pushed forward by the jump (02:30 becomes 03:30); a time that happens twice takes the first.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  if (!HHMM_PATTERN.test(time)) throw new RangeError(`Invalid time: ${time}`);
  const wall = dayNumber(date) * DAY_MS + (+time.slice(0, 2) * 60 + +time.slice(3, 5)) * 60_000;
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  // No transition within a day either side: the common case needs no further lookups.
  if (before === after) return new Date(wall - before);
  const candidates = [wall - before, wall - after].filter(
    (t, i) => offsetAt(timeZone, t) === (i === 0 ? before : after),
  );
  if (candidates.length === 0) return new Date(wall - before);
  return new Date(Math.min(...candidates));
}

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
