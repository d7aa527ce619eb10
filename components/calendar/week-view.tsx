"use client";

import { useLocale, useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import { useDropTarget } from "./drag-and-drop";
import type { PostDto } from "@/lib/plans/post-dto";
import { dayRange } from "@/lib/dates/days";
import { longDate } from "./month";
import type { Nudge } from "./post-chip";
import { DayChip, RangeButton, type RangeAction } from "./day-parts";
import { StatusLegend } from "./status-legend";
import { byDay } from "./view-range";
import { hourLabel, isHourOutside, type PostingHours } from "@/lib/strategy/posting-hours";
import { BestTimesList } from "./best-times";
import type { BestTimesResponse } from "@/app/api/brands/[brand]/best-times/route";

const pad = (n: number) => String(n).padStart(2, "0");
/** Hours outside the brand's posting hours: hatched, so they read without color too. */
const OUTSIDE = "bg-[repeating-linear-gradient(135deg,var(--color-slate-100)_0_6px,var(--color-slate-200)_6px_8px)]";
/** A column (the hour labels, a day) laid on the grid's rows, from its header to its last hour. */
const ALL_ROWS = "sm:grid sm:grid-cols-[minmax(0,1fr)] sm:grid-rows-subgrid sm:[grid-row:1/-1]";

/** The week as a time grid in the brand's zone: dropping a post on an hour moves it to that day and hour. */
export function WeekView({
  best,
  onMoveWeekToBest,
  from,
  to,
  timeZone,
  postingHours,
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
  best: BestTimesResponse["networks"];
  onMoveWeekToBest?: () => void;
  from: string;
  to: string;
  timeZone: string;
  postingHours: PostingHours;
  today: string;
  posts: PostDto[];
  pillarNames: Record<string, string>;
  conflicts: Map<string, string[]>;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onNudge?: (post: PostDto, nudge: Nudge) => void;
  /** without a label, the range is one day */
  onApprove: (from: string, to: string, label?: string) => void;
  action?: RangeAction;
}) {
  const t = useTranslations("calendar");
  const locale = useLocale();
  const days = dayRange(from, to);
  const posts_ = byDay(posts);
  const hoursOf = posts.map((p) => Number(p.time.slice(0, 2)));
  // The posting hours with an hour either side, widened to any post outside them.
  const first = Math.max(0, Math.min(postingHours.start - 1, ...hoursOf));
  const last = Math.min(23, Math.max(postingHours.end, ...hoursOf));
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const drafts = posts.some((p) => p.status === "draft" && p.date >= today);
  return (
    <div data-range-focus tabIndex={-1}>
      <div className="mb-2 flex items-center justify-between gap-2 text-xs text-slate-600">
        <span>{t("timesIn", { zone: timeZone })}</span>
        <span data-testid="posting-hours" className="flex items-center gap-1">
          <span aria-hidden className={`inline-block h-3 w-3 rounded-sm border border-slate-300 ${OUTSIDE}`} />
          {t("outsideHours", { start: hourLabel(postingHours.start), end: hourLabel(postingHours.end) })}
        </span>
        {onMoveWeekToBest && posts.length ? (
          <button
            type="button"
            data-testid="move-week-best"
            onClick={onMoveWeekToBest}
            className="ml-auto rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 hover:bg-slate-100"
          >
            {t("moveWeekToBest")}
          </button>
        ) : null}
        {canEdit && drafts ? (
          <RangeButton
            scope="week"
            action={action}
            testId="approve-week"
            onAct={() => onApprove(from, to, t("week"))}
            className="rounded border border-blue-300 bg-white px-2 py-1 text-xs text-blue-800 hover:bg-blue-50"
          />
        ) : null}
      </div>
      {best.length ? (
        <details className="mb-2 rounded-lg border border-slate-200 bg-white p-2">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("bestTimes")}</summary>
          <div className="mt-2 grid gap-2 md:grid-cols-3">
            {best.map((b) => (
              <BestTimesList key={b.network} networks={[b]} />
            ))}
          </div>
        </details>
      ) : null}
      <div
        role="region"
        aria-label={t("weekOf", { date: longDate(from, locale) })}
        data-testid="week-grid"
        // One row per hour shared by every day (subgrid): an hour holding several posts grows for all seven
        // days and the hour labels, so each post is shown whole instead of scrolled out of a fixed-height slot.
        style={{ "--hours": hours.length } as CSSProperties}
        className="grid grid-cols-1 overflow-hidden rounded-xl border-t border-l border-slate-200 sm:grid-cols-[3.5rem_repeat(7,minmax(0,1fr))] sm:[grid-template-rows:minmax(3.5rem,auto)_repeat(var(--hours),minmax(4rem,auto))]"
      >
        <div aria-hidden className={`bg-slate-100 max-sm:hidden ${ALL_ROWS}`}>
          <div className="border-r border-b border-slate-200" />
          {hours.map((h) => (
            <div key={h} className="border-r border-b border-slate-200 px-1 text-right text-xs text-slate-600">
              {hourLabel(h)}
            </div>
          ))}
        </div>
        {days.map((date) => {
          const list = posts_.get(date) ?? [];
          const dayDrafts = date >= today && list.some((p) => p.status === "draft");
          const label = longDate(date, locale);
          return (
            <div
              key={date}
              role="group"
              aria-label={t("dayLabel", { label, count: list.length })}
              data-range-focus
              tabIndex={-1}
              data-testid={`week-day-${date}`}
              aria-current={date === today ? "date" : undefined}
              className={`${list.length ? "" : "max-sm:hidden"} ${ALL_ROWS} ${date < today ? "bg-slate-50" : "bg-white"}`}
            >
              <div className="flex min-h-14 flex-col justify-center border-r border-b border-slate-200 px-1 text-xs">
                <span className={`font-medium ${date === today ? "text-brand-700" : "text-slate-700"}`}>{label}</span>
                {canEdit && dayDrafts ? (
                  <RangeButton
                    scope="day"
                    action={action}
                    label={label}
                    testId={`approve-day-${date}`}
                    onAct={() => onApprove(date, date)}
                    className="self-start rounded px-0.5 text-[11px] text-blue-800 hover:underline"
                  />
                ) : null}
              </div>
              {hours.map((h) => (
                <HourSlot
                  key={h}
                  date={date}
                  hour={h}
                  past={date < today}
                  outside={isHourOutside(h, postingHours)}
                  posts={list.filter((p) => Number(p.time.slice(0, 2)) === h)}
                  pillarNames={pillarNames}
                  conflicts={conflicts}
                  onOpen={onOpen}
                  onNudge={onNudge}
                />
              ))}
            </div>
          );
        })}
      </div>
      <StatusLegend hint={t("weekHint")} />
    </div>
  );
}

function HourSlot({
  date,
  hour,
  past,
  outside,
  posts,
  pillarNames,
  conflicts,
  onOpen,
  onNudge,
}: {
  date: string;
  hour: number;
  past: boolean;
  outside: boolean;
  posts: PostDto[];
  pillarNames: Record<string, string>;
  conflicts: Map<string, string[]>;
  onOpen: (id: string) => void;
  onNudge?: (post: PostDto, nudge: Nudge) => void;
}) {
  const id = `${date}T${pad(hour)}`;
  const isOver = useDropTarget(id);
  return (
    <div
      data-drop={id}
      data-testid={`slot-${date}-${pad(hour)}`}
      data-outside-hours={outside ? "" : undefined}
      className={`min-h-16 space-y-0.5 border-r border-b border-slate-200 p-0.5 ${posts.length ? "" : "max-sm:hidden"} ${isOver ? (past ? "bg-rose-50" : "bg-brand-50") : outside ? OUTSIDE : ""}`}
    >
      {posts.map((p) => (
        <DayChip
          key={p.id}
          post={p}
          pillarNames={pillarNames}
          conflicts={conflicts}
          onOpen={onOpen}
          onNudge={onNudge}
          movable={!past}
        />
      ))}
    </div>
  );
}
