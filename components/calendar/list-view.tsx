"use client";

import type { PostDto } from "@/lib/plans/post-dto";
import { longDate } from "./month";
import { PostChip, type Nudge } from "./post-chip";
import { StatusLegend } from "./status-legend";
import { byDay } from "./view-range";

/** The queue: every day that has posts, in order, each post with its full chip. */
export function ListView({
  language,
  today,
  posts,
  pillarNames,
  conflicts,
  canEdit,
  onOpen,
  onNudge,
  onApprove,
  onPreview,
  actionLabel = "Approve",
}: {
  language: string;
  today: string;
  posts: PostDto[];
  pillarNames: Record<string, string>;
  conflicts: Map<string, string[]>;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onNudge?: (post: PostDto, nudge: Nudge) => void;
  onApprove: (from: string, to: string, label: string) => void;
  onPreview: (date: string) => void;
  actionLabel?: string;
}) {
  const days = [...byDay(posts)].sort(([a], [b]) => a.localeCompare(b));
  if (days.length === 0) return <p className="text-sm text-slate-600">No post matches these filters.</p>;
  return (
    <div data-testid="list-view">
      <ol className="space-y-4">
        {days.map(([date, list]) => {
          const label = longDate(date, language);
          const drafts = date >= today && list.some((p) => p.status === "draft");
          return (
            <li key={date} data-testid={`list-day-${date}`}>
              <section aria-labelledby={`list-h-${date}`}>
                <div className="mb-1 flex items-center gap-2">
                  <h2 id={`list-h-${date}`} className="text-sm font-semibold text-slate-800">
                    {label}
                    {date === today ? " · today" : ""}
                  </h2>
                  <button
                    type="button"
                    data-testid={`preview-day-${date}`}
                    aria-label={`Preview ${label}`}
                    onClick={() => onPreview(date)}
                    className="rounded border border-slate-300 px-1.5 text-xs text-slate-800 hover:bg-slate-100"
                  >
                    Preview
                  </button>
                  {canEdit && drafts ? (
                    <button
                      type="button"
                      data-testid={`approve-day-${date}`}
                      aria-label={`${actionLabel} day: ${label}`}
                      onClick={() => onApprove(date, date, date)}
                      className="rounded border border-blue-300 px-1.5 text-xs text-blue-800 hover:bg-blue-50"
                    >
                      {actionLabel.toLowerCase()} day
                    </button>
                  ) : null}
                </div>
                <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
                  {list.map((p) => (
                    <li key={p.id}>
                      <PostChip
                        post={p}
                        full
                        pillarName={pillarNames[p.pillar] ?? p.pillar}
                        conflicts={conflicts.get(p.id)}
                        onOpen={() => onOpen(p.id)}
                        onNudge={onNudge && date >= today ? (n) => onNudge(p, n) : undefined}
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
