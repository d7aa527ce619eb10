"use client";

import { useDroppable } from "@dnd-kit/core";
import type { PostDto } from "@/lib/plans/post-dto";
import { PostChip } from "./post-chip";

export function DayCell({
  date,
  posts,
  pillarNames,
  isToday,
  isPast,
  focused,
  onFocus,
  onOpen,
  onApproveDay,
  actionLabel,
  canEdit,
}: {
  date: string;
  posts: PostDto[];
  pillarNames: Record<string, string>;
  isToday: boolean;
  isPast: boolean;
  focused: boolean;
  onFocus: () => void;
  onOpen: (id: string) => void;
  onApproveDay: () => void;
  actionLabel: string;
  canEdit: boolean;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: date, data: { date } });
  const drafts = posts.some((p) => p.status === "draft");
  return (
    <div
      ref={setNodeRef}
      role="gridcell"
      data-testid={`day-${date}`}
      tabIndex={focused ? 0 : -1}
      aria-label={`${date}, ${posts.length} posts`}
      onFocus={onFocus}
      className={`group min-h-24 border-r border-b border-slate-200 p-1 outline-offset-[-2px] ${isPast ? "bg-slate-50" : "bg-white"} ${isOver ? (isPast ? "bg-rose-50" : "bg-brand-50") : ""}`}
    >
      <div className="mb-1 flex items-center justify-between">
        <span
          className={`text-xs ${isToday ? "rounded-full bg-brand-600 px-1.5 font-semibold text-white" : "text-slate-500"}`}
        >
          {Number(date.slice(8))}
        </span>
        {drafts && canEdit && !isPast ? (
          <button
            type="button"
            tabIndex={-1}
            onClick={onApproveDay}
            className="text-[10px] text-blue-700 opacity-0 group-hover:opacity-100 focus:opacity-100 hover:underline"
          >
            {actionLabel.toLowerCase()} day
          </button>
        ) : null}
      </div>
      <div className="space-y-0.5">
        {posts.map((p) => (
          <PostChip key={p.id} post={p} pillarName={pillarNames[p.pillar] ?? p.pillar} onOpen={() => onOpen(p.id)} />
        ))}
      </div>
    </div>
  );
}
