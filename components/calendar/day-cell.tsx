"use client";

import { useDropTarget } from "./drag-and-drop";
import type { PostDto } from "@/lib/plans/post-dto";
import { useTranslations } from "next-intl";
import type { Nudge } from "./post-chip";
import { DayChip, RangeButton, type RangeAction } from "./day-parts";

export function DayCell({
  date,
  label,
  posts,
  pillarNames,
  conflicts,
  isToday,
  isPast,
  focused,
  onFocus,
  onOpen,
  onNudge,
  onApproveDay,
  action,
  canEdit,
}: {
  date: string;
  /** the full date, for screen readers and the phone's day list */
  label: string;
  posts: PostDto[];
  pillarNames: Record<string, string>;
  conflicts: Map<string, string[]>;
  isToday: boolean;
  isPast: boolean;
  focused: boolean;
  onFocus: () => void;
  onOpen: (id: string) => void;
  onNudge?: (post: PostDto, nudge: Nudge) => void;
  onApproveDay: () => void;
  action: RangeAction;
  canEdit: boolean;
}) {
  const isOver = useDropTarget(date);
  const t = useTranslations("calendar");
  const drafts = posts.some((p) => p.status === "draft");
  return (
    <div
      data-drop={date}
      role="group"
      data-testid={`day-${date}`}
      aria-current={isToday ? "date" : undefined}
      tabIndex={focused ? 0 : -1}
      aria-label={t("dayLabel", { label, count: posts.length })}
      data-range-focus
      onFocus={(e) => e.target === e.currentTarget && onFocus()}
      className={`min-h-24 border-r border-b border-slate-200 p-1 outline-offset-[-2px] ${posts.length ? "" : "max-sm:hidden"} ${isOver ? (isPast ? "bg-rose-50" : "bg-brand-50") : isPast ? "bg-slate-50" : "bg-white"}`}
    >
      <div className="mb-1 flex items-center justify-between gap-1">
        <span
          aria-hidden
          className={`text-xs ${isToday ? "rounded-full bg-brand-600 px-1.5 font-semibold text-white" : "text-slate-600"}`}
        >
          <span className="sm:hidden">{label}</span>
          <span className="max-sm:hidden">{Number(date.slice(8))}</span>
        </span>
        {drafts && canEdit && !isPast ? (
          <RangeButton
            scope="day"
            action={action}
            label={label}
            testId={`approve-day-${date}`}
            onAct={onApproveDay}
            className="rounded px-1 text-[11px] text-blue-800 hover:bg-blue-50 hover:underline"
          />
        ) : null}
      </div>
      <ul className="space-y-0.5">
        {posts.map((p) => (
          <li key={p.id}>
            <DayChip
              post={p}
              pillarNames={pillarNames}
              conflicts={conflicts}
              onOpen={onOpen}
              onNudge={onNudge}
              movable={!isPast}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
