"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { BrandDto } from "@/lib/brands/brand-dto";
import { useSubmit } from "@/components/review/use-review";
import { useApprove, useGenerate, useUndo } from "./use-calendar-data";
import { useRegenerateSummary } from "./regenerate-summary";
import { useFormats } from "@/components/i18n/formats";
import { errorText } from "@/components/api-client";
import type { Network } from "@/lib/strategy/networks";
import type { PostDto } from "@/lib/plans/post-dto";
import { NETWORK_NAME } from "./network-meta";

/**
 * What the calendar does to a range of days (submit, approve, generate) and the status line and Undo offer that
 * report it.
 */
export function useRangeActions({
  brand,
  month,
  shown,
  onGenerated,
}: {
  brand: BrandDto;
  month: string;
  /** what the calendar shows: a bulk action follows its network filter */
  shown: { posts: PostDto[]; today: string; network: string };
  /** the plan starts on `start`: the calendar shows that month */
  onGenerated: (start: string) => void;
}) {
  const t = useTranslations("calendar.done");
  const tc = useTranslations("calendar");
  const summaryOf = useRegenerateSummary();
  const f = useFormats();
  const approve = useApprove(brand.slug);
  const submit = useSubmit(brand.slug);
  const generate = useGenerate(brand.slug);
  const undo = useUndo(brand.slug);
  const [undoable, setUndoable] = useState<{ message: string; changeIds: string[] } | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [status, setStatusState] = useState<{ text: string; refused: boolean } | null>(null);
  const setStatus = useCallback((text: string) => setStatusState({ text, refused: false }), []);
  /** A refusal or failure: shown as one, and the previous change's Undo offer goes with the message it belonged to. */
  const refuse = useCallback((text: string) => {
    setStatusState({ text, refused: true });
    setUndoable(null);
  }, []);
  const [showGenerate, setShowGenerate] = useState(false);

  /**
   * Nothing changed (say, no post was left to submit): the message alone, with no Undo to offer. An action
   * made of several changes (moving a week's posts) passes them all: one Undo puts every one back.
   */
  const offerUndo = (message: string, changeId: string | string[] | undefined, refused = false) => {
    setStatusState({ text: message, refused });
    const changeIds = [changeId ?? []].flat();
    setUndoable(changeIds.length ? { message, changeIds } : null);
  };
  const clearUndo = useCallback(() => setUndoable(null), []);
  const runUndo = async () => {
    if (!undoable || undoing) return;
    setUndoing(true);
    let count = 0;
    try {
      // Newest first: a post changed twice goes back through each change in turn.
      for (const id of [...undoable.changeIds].reverse()) count += (await undo.mutateAsync(id)).undone;
      setStatus(t("undone", { count }));
    } catch (e) {
      refuse(count ? `${t("undone", { count })} ${errorText(e as Error)}` : errorText(e as Error));
    } finally {
      setUndoing(false);
      setUndoable(null);
    }
  };

  // With review on, the range buttons submit for review; approvers approve in bulk with "Approve month".
  // A range without a label is one day, named as a date: "Approved 3 posts (Wed, Mar 24)".
  const platforms = shown.network === "all" ? undefined : [shown.network as Network];
  const submitRange = (fromDate: string, toDate: string, label = f.day(fromDate, true)) =>
    submit.mutate(
      { brand: brand.slug, from: fromDate, to: toDate, platforms },
      {
        onSuccess: (r) => offerUndo(t("submitted", { count: r.submitted, label }), r.change_id),
        onError: (e) => refuse(errorText(e)),
      },
    );

  // Approving more than a day publishes many posts: the person is told how many, on which networks, first.
  const approveRange = (fromDate: string, toDate: string, label = f.day(fromDate, true)) => {
    const start = fromDate > shown.today ? fromDate : shown.today;
    const drafts = shown.posts.filter(
      (p) =>
        p.status === "draft" && p.date >= start && p.date <= toDate && (!platforms || platforms.includes(p.platform)),
    );
    const networks = [...new Set(drafts.map((p) => NETWORK_NAME[p.platform]))].join(", ");
    // Today's drafts whose hour has passed go out at the next run, late: said before, not discovered after.
    const now = new Date().toISOString();
    const late = drafts.filter((p) => p.scheduled_at < now).length;
    if (
      fromDate !== toDate &&
      drafts.length > 0 &&
      !window.confirm(tc("confirmApprove", { count: drafts.length, networks, late }))
    )
      return;
    approve.mutate(
      { brand: brand.slug, from: fromDate, to: toDate, platforms },
      {
        onSuccess: (r) =>
          offerUndo(
            `${t("approved", { count: r.approved, label })}${late ? ` ${t("late", { count: late })}` : ""}`,
            r.change_id,
          ),
        onError: (e) => refuse(errorText(e)),
      },
    );
  };

  const runGenerate = (replace: string[], start: string, count: number, attachCards: boolean) =>
    generate.mutate(
      {
        replace: replace.length ? replace : "untouched",
        brand_name: brand.name,
        positioning: brand.positioning,
        target_audience: brand.target_audience,
        value_props: brand.value_props,
        start_date: start,
        duration_days: count,
        language: brand.language,
        tone: brand.tone,
        cta_targets: brand.cta_targets,
        timezone: brand.timezone,
        attach_cards: attachCards,
        // a post today at an hour already gone would go out late at the next run
        skip_past_hours: true,
      },
      {
        onSuccess: (r) => {
          setShowGenerate(false);
          offerUndo(
            r.kept + r.replaced === 0
              ? t("generated", { count: r.posts.length, month: f.month(month) })
              : t("regenerated", { month: f.month(month), summary: summaryOf(r.kept_by ?? {}, r.replaced) }),
            r.change_id,
          );
          onGenerated(start);
        },
      },
    );

  return {
    status,
    setStatus,
    refuse,
    undoable,
    offerUndo,
    clearUndo,
    runUndo,
    undoing,
    submitRange,
    submitting: submit.isPending,
    approveRange,
    approving: approve.isPending,
    runGenerate,
    generating: generate.isPending,
    generateError: generate.error?.message ?? null,
    showGenerate,
    setShowGenerate,
  };
}
