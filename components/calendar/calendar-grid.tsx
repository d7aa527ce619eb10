"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { PostDto } from "@/lib/plans/post-dto";
import { DayCell } from "./day-cell";
import { addDays } from "@/lib/dates/days";
import { firstWeekday, longDate, monthRange, monthWeeks, weekdayNames } from "./month";
import type { Nudge } from "./post-chip";
import { byDay } from "./view-range";
import { StatusLegend } from "./status-legend";
import { RangeButton, type RangeAction } from "./day-parts";

/** Tailwind's `max-sm`: the month is a list of days there. */
const PHONE = "(max-width: 639.98px)";

/** The month: a week per row with an approve-week action; on a phone, a list of the days that have posts. */
export function CalendarGrid({
  month,
  anchor,
  region,
  today,
  posts,
  pillarNames,
  conflicts,
  canEdit,
  onOpen,
  onNudge,
  onApprove,
  action = "approve",
}: {
  month: string;
  /** the day the page was opened on (today in the current month, or a linked day) */
  anchor: string;
  /** the reader's locale: the weeks start on its first weekday */
  region: string;
  today: string;
  posts: PostDto[];
  pillarNames: Record<string, string>;
  conflicts: Map<string, string[]>;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onNudge?: (post: PostDto, nudge: Nudge) => void;
  /** without a label, the range is one day */
  onApprove: (from: string, to: string, label?: string) => void;
  /** "submit" when the workspace requires review */
  action?: RangeAction;
}) {
  const t = useTranslations("calendar");
  const locale = useLocale();
  const weekStart = firstWeekday(region);
  const weeks = monthWeeks(month, weekStart);
  const { from, to } = monthRange(month);
  const [focus, setFocus] = useState(today >= from && today <= to ? today : from);
  const grid = useRef<HTMLDivElement>(null);
  const days = byDay(posts);

  useEffect(() => setFocus((f) => (f >= from && f <= to ? f : from)), [from, to]);

  // On a phone the month is a long list: it opens at the anchor's day (or the next one with posts), as a
  // schedule does, once, and only if the person has not scrolled yet.
  const landed = useRef(false);
  useEffect(() => {
    if (landed.current || days.size === 0) return;
    landed.current = true;
    const listed = [...days.keys()].filter((d) => d >= from && d <= to).sort();
    const target = listed.find((d) => d >= anchor);
    if (!target || target === listed[0] || window.scrollY > 0 || !window.matchMedia(PHONE).matches) return;
    grid.current?.querySelector(`[data-testid="day-${target}"]`)?.scrollIntoView({ block: "start" });
  }, [days, anchor, from, to]);

  // Arrows move between days and Enter opens the day's first post; Tab reaches every post and action inside.
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!(e.target as HTMLElement).matches('[role="group"]')) return;
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
    if (step) {
      e.preventDefault();
      const next = addDays(focus, step);
      if (next < from || next > to) return;
      setFocus(next);
      grid.current?.querySelector<HTMLElement>(`[data-testid="day-${next}"]`)?.focus();
    } else if (e.key === "Enter") {
      const first = days.get(focus)?.[0];
      if (first) onOpen(first.id);
    }
  }

  return (
    <div>
      <div
        ref={grid}
        role="region"
        aria-label={t("monthRegion")}
        data-testid="calendar-grid"
        onKeyDown={onKeyDown}
        className="overflow-hidden rounded-xl border-t border-l border-slate-200"
      >
        <div
          aria-hidden
          data-testid="weekday-header"
          className="grid grid-cols-[repeat(7,minmax(0,1fr))_5.5rem] bg-slate-100 text-xs font-medium text-slate-700 max-sm:hidden"
        >
          {weekdayNames(locale, weekStart).map((d) => (
            <div key={d} className="border-r border-b border-slate-200 px-2 py-1">
              {d}
            </div>
          ))}
          <div className="border-r border-b border-slate-200" />
        </div>
        {weeks.map((week, w) => {
          const inMonth = week.filter((d): d is string => !!d);
          const hasDrafts = inMonth.some((d) => d >= today && days.get(d)?.some((p) => p.status === "draft"));
          return (
            <div
              key={w}
              data-range-focus
              tabIndex={-1}
              className="grid grid-cols-1 sm:grid-cols-[repeat(7,minmax(0,1fr))_5.5rem]"
            >
              {week.map((date, i) =>
                date ? (
                  <DayCell
                    key={date}
                    date={date}
                    label={longDate(date, locale)}
                    posts={days.get(date) ?? []}
                    pillarNames={pillarNames}
                    conflicts={conflicts}
                    isToday={date === today}
                    isPast={date < today}
                    focused={date === focus}
                    onFocus={() => setFocus(date)}
                    onOpen={onOpen}
                    onNudge={onNudge}
                    canEdit={canEdit}
                    onApproveDay={() => onApprove(date, date)}
                    action={action}
                  />
                ) : (
                  <div key={`pad-${i}`} className="border-r border-b border-slate-200 bg-slate-50 max-sm:hidden" />
                ),
              )}
              <div
                className={`flex items-center justify-center border-r border-b border-slate-200 bg-slate-50 p-1 ${hasDrafts && canEdit ? "" : "max-sm:hidden"}`}
              >
                {canEdit && hasDrafts ? (
                  <RangeButton
                    scope="week"
                    action={action}
                    testId={`approve-week-${w}`}
                    onAct={() => onApprove(inMonth[0], inMonth[inMonth.length - 1], t("weekN", { n: w + 1 }))}
                    className="rounded border border-blue-300 bg-white px-1.5 py-1 text-xs text-blue-800 hover:bg-blue-50"
                  />
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <StatusLegend hint={t("monthHint")} />
    </div>
  );
}
