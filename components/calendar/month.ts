import { memoized } from "@/lib/memoized";

export const pad = (n: number) => String(n).padStart(2, "0");

export function monthRange(month: string) {
  const [y, m] = month.split("-").map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${pad(days)}`, days };
}

export function shiftMonth(month: string, delta: number) {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** Monday in France or Britain, Sunday in the US, from the locale's own week data when the runtime has it. */
export function firstWeekday(language: string): number {
  try {
    const loc = new Intl.Locale(language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info) return info.firstDay % 7;
  } catch {
    // fall through
  }
  return /^en(-US)?$/i.test(language) ? 0 : 1;
}

/** The grid's weeks: each a list of 7 ISO dates or null for padding cells. */
export function monthWeeks(month: string, weekStart: number): (string | null)[][] {
  const { days } = monthRange(month);
  const firstDow = new Date(`${month}-01T00:00:00Z`).getUTCDay();
  const lead = (firstDow - weekStart + 7) % 7;
  const cells: (string | null)[] = [
    ...Array(lead).fill(null),
    ...Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`),
  ];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

export function weekdayNames(language: string, weekStart: number) {
  const fmt = new Intl.DateTimeFormat(language, { weekday: "short", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 7 + ((weekStart + i) % 7)))));
}

// A month renders a label per day: building the formatter once per language, not once per day, spares the
// server and the browser about 35 formatter constructions per render.
const longDates = memoized(
  (language: string) =>
    new Intl.DateTimeFormat(language, {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }),
);

/** "Tuesday 12 January 2027", in the brand's language. */
export function longDate(date: string, language: string) {
  return longDates(language).format(new Date(`${date}T00:00:00Z`));
}

/** "April 2027" / "avril 2027" for "2027-04". */
export function monthTitle(month: string, locale: string) {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
