/** The length of a day as an instant duration (not a calendar day in any zone). */
export const DAY_MS = 86_400_000;

/** The instant `days` 24-hour days after (or before, when negative) `at`. */
export const shiftInstant = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/** The day `days` calendar days after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return utcDay(shiftInstant(midnightOf(date), days));
}

/** Whole calendar days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return (midnightOf(to).getTime() - midnightOf(from).getTime()) / DAY_MS;
}

/** Every day from `from` to `to`, both included. */
export function dayRange(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, (_, i) => addDays(from, i));
}

/** True for a real YYYY-MM-DD date; false for impossible ones like 2025-02-30. */
export function isIsoDate(date: string): boolean {
  // A UTC round trip rejects impossible days; a date library's parser does the same at 40x the CPU, which
  // plan generation (thousands of days per brand-month) notices.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const at = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(date);
}

/** Days are counted in UTC, where every day is 24 hours long: the host's own zone and its DST never enter. */
function midnightOf(date: string): Date {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}
