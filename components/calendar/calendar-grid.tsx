"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { PostDto } from "@/lib/plans/post-dto";
import { DayCell } from "./day-cell";
import { addDays } from "@/lib/dates/days";
import { firstWeekday, monthRange, monthWeeks, weekdayNames } from "./month";

const ORDER: Record<string, number> = { linkedin: 0, facebook: 1, x: 2 };
const LEGEND: [string, string][] = [
  ["draft", "border-slate-300 bg-white"],
  ["approved", "border-blue-300 bg-blue-50"],
  ["skipped", "border-slate-200 bg-slate-100"],
  ["published", "border-emerald-300 bg-emerald-50"],
  ["failed", "border-rose-300 bg-rose-50"],
];

export function CalendarGrid({
  month,
  language,
  today,
  posts,
  pillarNames,
  canEdit,
  onOpen,
  onApprove,
  actionLabel = "Approve",
}: {
  month: string;
  language: string;
  today: string;
  posts: PostDto[];
  pillarNames: Record<string, string>;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onApprove: (from: string, to: string, label: string) => void;
  /** "Submit" when the workspace requires review */
  actionLabel?: string;
}) {
  const weekStart = firstWeekday(language);
  const weeks = monthWeeks(month, weekStart);
  const { from, to } = monthRange(month);
  const [focus, setFocus] = useState(today >= from && today <= to ? today : from);
  const grid = useRef<HTMLDivElement>(null);
  const byDay = new Map<string, PostDto[]>();
  for (const p of posts) byDay.set(p.date, [...(byDay.get(p.date) ?? []), p]);
  for (const list of byDay.values()) list.sort((a, b) => ORDER[a.platform] - ORDER[b.platform]);

  useEffect(() => setFocus((f) => (f >= from && f <= to ? f : from)), [from, to]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
    if (step) {
      e.preventDefault();
      const next = addDays(focus, step);
      if (next < from || next > to) return;
      setFocus(next);
      grid.current?.querySelector<HTMLElement>(`[data-testid="day-${next}"]`)?.focus();
    } else if (e.key === "Enter") {
      const first = byDay.get(focus)?.[0];
      if (first) onOpen(first.id);
    }
  }

  return (
    <div>
      <div
        ref={grid}
        role="grid"
        aria-label="Month calendar"
        data-testid="calendar-grid"
        onKeyDown={onKeyDown}
        className="overflow-hidden rounded-xl border-t border-l border-slate-200"
      >
        <div
          role="row"
          className="grid grid-cols-[repeat(7,minmax(0,1fr))_5.5rem] bg-slate-100 text-xs font-medium text-slate-600"
        >
          {weekdayNames(language, weekStart).map((d) => (
            <div role="columnheader" key={d} className="border-r border-b border-slate-200 px-2 py-1">
              {d}
            </div>
          ))}
          <div className="border-r border-b border-slate-200" />
        </div>
        {weeks.map((week, w) => {
          const days = week.filter((d): d is string => !!d);
          const hasDrafts = days.some((d) => d >= today && byDay.get(d)?.some((p) => p.status === "draft"));
          return (
            <div role="row" key={w} className="grid grid-cols-[repeat(7,minmax(0,1fr))_5.5rem]">
              {week.map((date, i) =>
                date ? (
                  <DayCell
                    key={date}
                    date={date}
                    posts={byDay.get(date) ?? []}
                    pillarNames={pillarNames}
                    isToday={date === today}
                    isPast={date < today}
                    focused={date === focus}
                    onFocus={() => setFocus(date)}
                    onOpen={onOpen}
                    canEdit={canEdit}
                    onApproveDay={() => onApprove(date, date, date)}
                    actionLabel={actionLabel}
                  />
                ) : (
                  <div key={`pad-${i}`} className="border-r border-b border-slate-200 bg-slate-50" />
                ),
              )}
              <div className="flex items-center justify-center border-r border-b border-slate-200 bg-slate-50 p-1">
                {canEdit && hasDrafts ? (
                  <button
                    type="button"
                    data-testid={`approve-week-${w}`}
                    onClick={() => onApprove(days[0], days[days.length - 1], `week ${w + 1}`)}
                    className="rounded border border-blue-200 bg-white px-1.5 py-1 text-[11px] text-blue-800 hover:bg-blue-50"
                  >
                    {actionLabel} week
                  </button>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <ul aria-label="Status legend" className="mt-2 flex flex-wrap gap-3 text-xs text-slate-600">
        {LEGEND.map(([s, c]) => (
          <li key={s} className="flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded border ${c}`} />
            {s}
          </li>
        ))}
        <li className="text-slate-400">Drag a post to move it · arrows move between days · Enter opens · Esc closes</li>
      </ul>
    </div>
  );
}
