"use client";

import { useLocale, useTranslations } from "next-intl";
import type { PostDto } from "@/lib/plans/post-dto";
import { longDate } from "./month";
import type { Nudge } from "./post-chip";
import { DayChip, RangeButton, type RangeAction } from "./day-parts";
import { StatusLegend } from "./status-legend";
import { byDay } from "./view-range";

/** The queue: every day that has posts, in order, each post with its full chip. */
export function ListView({
  today,
  posts,
  pillarNames,
  conflicts,
  canEdit,
  onOpen,
  onNudge,
  onApprove,
  onPreview,
  action = "approve",
}: {
  today: string;
  posts: PostDto[];
  pillarNames: Record<string, string>;
  conflicts: Map<string, string[]>;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onNudge?: (post: PostDto, nudge: Nudge) => void;
  /** without a label, the range is one day */
  onApprove: (from: string, to: string, label?: string) => void;
  onPreview: (date: string) => void;
  action?: RangeAction;
}) {
  const t = useTranslations("calendar");
  const locale = useLocale();
  const days = [...byDay(posts)].sort(([a], [b]) => a.localeCompare(b));
  if (days.length === 0) return <p className="text-sm text-slate-600">{t("noMatch")}</p>;
  return (
    <div data-testid="list-view">
      <ol className="space-y-4">
        {days.map(([date, list]) => {
          const label = longDate(date, locale);
          const drafts = date >= today && list.some((p) => p.status === "draft");
          return (
            <li key={date} data-testid={`list-day-${date}`}>
              <section aria-labelledby={`list-h-${date}`} data-range-focus tabIndex={-1}>
                <div className="mb-1 flex items-center gap-2">
                  <h2 id={`list-h-${date}`} className="text-sm font-semibold text-slate-800">
                    {label}
                    {date === today ? ` · ${t("todayMark")}` : ""}
                  </h2>
                  <button
                    type="button"
                    data-testid={`preview-day-${date}`}
                    aria-label={t("previewNamed", { label })}
                    onClick={() => onPreview(date)}
                    className="rounded border border-slate-300 px-1.5 text-xs text-slate-800 hover:bg-slate-100"
                  >
                    {t("preview")}
                  </button>
                  {canEdit && drafts ? (
                    <RangeButton
                      scope="day"
                      action={action}
                      label={label}
                      testId={`approve-day-${date}`}
                      onAct={() => onApprove(date, date)}
                      className="rounded border border-blue-300 px-1.5 text-xs text-blue-800 hover:bg-blue-50"
                    />
                  ) : null}
                </div>
                <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
                  {list.map((p) => (
                    <li key={p.id}>
                      <DayChip
                        post={p}
                        full
                        pillarNames={pillarNames}
                        conflicts={conflicts}
                        onOpen={onOpen}
                        onNudge={onNudge}
                        movable={date >= today}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            </li>
          );
        })}
      </ol>
      <StatusLegend />
    </div>
  );
}
