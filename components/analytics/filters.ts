import { isoDate, platformName } from "@/lib/schemas/common";
import { addDays, dayRange, daysBetween } from "@/lib/dates/days";

/** The page's filters as kept in the URL (`?brand=&from=&to=&platform=`). Pure, so server and client share it. */
export interface AnalyticsFilters {
  brand: string;
  from: string;
  to: string;
  platform: string | null;
}

export const PRESETS = [7, 30, 90] as const;
const DEFAULT_DAYS = 30;

/** Every calendar day from `from` to `to`, inclusive (empty if reversed or over a year). */
export function listDays(from: string, to: string): string[] {
  const n = daysBetween(from, to);
  return n >= 0 && n <= 366 ? dayRange(from, to) : [];
}

/** The last `days` days ending today (in the brand's timezone). */
export const presetRange = (today: string, days: number) => ({ from: addDays(today, -(days - 1)), to: today });

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads the URL; anything missing or malformed falls back to the last 30 days and all networks. */
export function resolveFilters(params: Params, brand: string, today: string): AnalyticsFilters {
  const date = (v: string | undefined) => (isoDate.safeParse(v).success ? v! : null);
  const to = date(one(params.to)) ?? today;
  const from = date(one(params.from)) ?? addDays(to, -(DEFAULT_DAYS - 1));
  const platform = platformName.safeParse(one(params.platform));
  return { brand, from, to, platform: platform.success ? platform.data : null };
}

export function performanceUrl(
  f: AnalyticsFilters,
  groupBy: string,
  /** `csv`: the download, with the reader's spreadsheet options (useSpreadsheetDelimiter) */
  opts: { platform?: string | null; csv?: Record<string, string> } = {},
): string {
  const q = new URLSearchParams({ brand: f.brand, from: f.from, to: f.to, group_by: groupBy });
  const platform = opts.platform === undefined ? f.platform : opts.platform;
  if (platform) q.set("platform", platform);
  if (opts.csv) for (const [k, v] of Object.entries({ format: "csv", ...opts.csv })) q.set(k, v);
  return `/api/analytics/performance?${q.toString()}`;
}
