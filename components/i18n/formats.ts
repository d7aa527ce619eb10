import { useLocale } from "next-intl";
import { memoized } from "@/lib/memoized";

function makeFormats(locale: string) {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const pct = memoized(
    (digits: number) =>
      new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );
  const dateTimeIn = memoized(
    (timeZone: string | undefined) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone }),
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const monthYear = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });

  const dayOnly = new Intl.DateTimeFormat(locale, { timeZone: "UTC", month: "short", day: "numeric" });
  const dayWithWeekday = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
    weekday: "short",
  });

  /** "2030-01-15" → "Jan 15" / "15 janv.", read as a calendar date (no time-zone shift). */
  function day(iso: string, withWeekday = false): string {
    const d = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return iso;
    return (withWeekday ? dayWithWeekday : dayOnly).format(d);
  }

  return {
    number: (v: number) => whole.format(Math.round(v)),
    compact: (v: number) => compact.format(v),
    /** a decimal such as a multiplier: 1.3 / 1,3 */
    decimal: (v: number, digits = 1) =>
      v.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    /** rates are fractions (0.042), shown as percentages with `digits` decimals */
    percent: (v: number, digits = 2) => pct(digits).format(v),
    /** axis ticks: fewer decimals so the axis stays narrow */
    percentTick: (v: number) => pct(v < 0.1 ? 1 : 0).format(v),
    day,
    /** "Oct 26 – Nov 24", with years only when the range crosses one */
    range: (from: string, to: string) =>
      from.slice(0, 4) === to.slice(0, 4)
        ? `${day(from)} – ${day(to)}`
        : `${day(from)} ${from.slice(0, 4)} – ${day(to)} ${to.slice(0, 4)}`,
    /** in `timeZone` when given (a brand's times), else the viewer's */
    dateTime: (iso: string | Date, timeZone?: string) => dateTimeIn(timeZone).format(new Date(iso)),
    date: (iso: string | Date) => date.format(new Date(iso)),
    /** "2026-12" → "December 2026" / "décembre 2026" */
    month: (ym: string) => {
      const d = new Date(`${ym}-01T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? ym : monthYear.format(d);
    },
  };
}

/** A language tag in words: "fr-FR" → "French (France)" / "français (France)"; the tag when unknown. */
export function languageName(tag: string, locale: string) {
  try {
    return new Intl.DisplayNames(locale, { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Numbers, percentages and dates in the interface language: "1 234,5 %" in French, "1,234.5%" in English.
 * Built once per language for the process: every server render used to build its own Intl formatters for
 * each component that shows a number or a date, and building them costs more than using them.
 */
export const formatsFor = memoized(makeFormats);

export type Formats = ReturnType<typeof formatsFor>;

export function useFormats(): Formats {
  return formatsFor(useLocale());
}
