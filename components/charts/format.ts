/** Number and date formatting shared by the charts and their table alternatives. */

const whole = new Intl.NumberFormat("en-US");
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

export const formatNumber = (v: number) => whole.format(Math.round(v));
export const formatCompact = (v: number) => compact.format(v);

/** Rates are fractions (0.042); shown as percentages with `digits` decimals. */
export const formatPercent = (v: number, digits = 2) => `${(v * 100).toFixed(digits)}%`;

/** Axis ticks: fewer decimals so the axis stays narrow. */
export const formatPercentTick = (v: number) => `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%`;

/** "2030-01-15" → "Jan 15", read as a calendar date (no timezone shift). */
export function formatDay(iso: string, withWeekday = false): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString("en-US", {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
    ...(withWeekday ? { weekday: "short" } : {}),
  });
}

export const truncate = (s: string, max = 16) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** "Oct 26 – Nov 24", with years only when the range crosses one. */
export function formatRange(from: string, to: string): string {
  if (from.slice(0, 4) === to.slice(0, 4)) return `${formatDay(from)} – ${formatDay(to)}`;
  return `${formatDay(from)}, ${from.slice(0, 4)} – ${formatDay(to)}, ${to.slice(0, 4)}`;
}
