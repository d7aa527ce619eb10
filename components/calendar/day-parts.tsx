"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import type { PostDto } from "@/lib/plans/post-dto";
import { PostChip, type Nudge } from "./post-chip";

/** What a range button does: approve, or submit for review when the workspace requires review. */
export type RangeAction = "approve" | "submit";

/**
 * "Approve day" / "Approve week": once the drafts are approved the button goes away, so keyboard focus first
 * moves to the day or week it acted on (the nearest `data-range-focus` element) instead of falling to the page.
 */
export function RangeButton({
  scope,
  action,
  label,
  onAct,
  testId,
  className,
}: {
  scope: "day" | "week";
  action: RangeAction;
  /** the full date or week, for screen readers */
  label?: string;
  onAct: () => void;
  testId: string;
  className: string;
}) {
  const t = useTranslations("calendar.range");
  function onClick(e: MouseEvent<HTMLButtonElement>) {
    e.currentTarget.closest<HTMLElement>("[data-range-focus]")?.focus();
    onAct();
  }
  return (
    <button
      type="button"
      data-testid={testId}
      aria-label={label ? t(`${action}Named`, { scope, label }) : undefined}
      onClick={onClick}
      className={className}
    >
      {t(action, { scope })}
    </button>
  );
}

/** A post's chip with its pillar's display name and its conflicts, as every view shows it. */
export function DayChip({
  post,
  pillarNames,
  conflicts,
  onOpen,
  onNudge,
  movable,
  full,
}: {
  post: PostDto;
  pillarNames: Record<string, string>;
  conflicts: Map<string, string[]>;
  onOpen: (id: string) => void;
  onNudge?: (post: PostDto, nudge: Nudge) => void;
  /** false for a day in the past */
  movable: boolean;
  full?: boolean;
}) {
  return (
    <PostChip
      post={post}
      full={full}
      pillarName={pillarNames[post.pillar] ?? post.pillar}
      conflicts={conflicts.get(post.id)}
      onOpen={() => onOpen(post.id)}
      onNudge={onNudge && movable ? (n) => onNudge(post, n) : undefined}
    />
  );
}
