import { TZDate, tzOffset } from "@date-fns/tz";
import { addDays, DAY_MS, isIsoDate } from "./days";
import { memoized } from "@/lib/memoized";

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

// Reading a wall clock is on every listed post's path; one formatter per zone costs a tenth of a TZDate.
const dayFormatter = memoized(
  (timeZone: string) =>
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }),
);
const timeFormatter = memoized(
  (timeZone: string) =>
    new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
);

/** The brand-local calendar day of an instant, as YYYY-MM-DD. */
export function brandToday(now: Date, timeZone: string): string {
  return dayFormatter(timeZone).format(now);
}

/** The instant the brand's next day begins: its next local midnight, or the first minute after one DST skips. */
export function nextBrandDay(now: Date, timeZone: string): Date {
  return zonedInstant(addDays(brandToday(now, timeZone), 1), "00:00", timeZone);
}

/** The brand-local wall-clock time of an instant, as HH:MM (24-hour). */
export function localTime(instant: Date, timeZone: string): string {
  return timeFormatter(timeZone).format(instant);
}

/** The instant of a wall time a person asked for, or null on one the clocks skip (spring forward). */
export function existingWallTime(date: string, time: string, timeZone: string): Date | null {
  const at = zonedInstant(date, time, timeZone);
  return localTime(at, timeZone) === time ? at : null;
}

// Plan generation asks for the same few wall times over and over; Intl lookups dominate its cost.
const memo = new Map<string, number>();

/**
 * The UTC instant of a brand-local wall-clock time. A time skipped by a DST jump is pushed
 * forward by the jump (02:30 becomes 03:30); a time that happens twice takes the first, so a
 * post never goes out an hour after the moment its author saw on the clock.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const key = `${timeZone} ${date} ${time}`;
  let instant = memo.get(key);
  if (instant === undefined) {
    instant = resolveInstant(date, time, timeZone);
    if (memo.size >= 10_000) memo.clear();
    memo.set(key, instant);
  }
  return new Date(instant);
}

function resolveInstant(date: string, time: string, timeZone: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date: ${date}`);
  if (!HHMM.test(time)) throw new RangeError(`Invalid time: ${time}`);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  // TZDate gives some repeated wall times their second occurrence (Europe/Paris) and others their first.
  const resolved = new TZDate(y, m - 1, d, hh, mm, timeZone).getTime();
  const offsetBefore = tzOffset(timeZone, new Date(resolved - DAY_MS));
  const fallBack = (offsetBefore - tzOffset(timeZone, new Date(resolved))) * 60_000;
  if (fallBack <= 0) return resolved;
  const earlier = resolved - fallBack;
  return tzOffset(timeZone, new Date(earlier)) === offsetBefore ? earlier : resolved;
}
