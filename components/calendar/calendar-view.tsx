"use client";

import dynamic from "next/dynamic";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { BrandDto } from "@/lib/brands/brand-dto";
import { CalendarGrid } from "./calendar-grid";
import { CalendarToolbar } from "./calendar-toolbar";
import type { FilterState } from "./filters";
import { findConflicts } from "./conflicts";
import { longDate } from "./month";
import { ListView } from "./list-view";
import { useMovePost } from "./use-move-post";
import { viewRange, type CalendarViewName } from "./view-range";
import { WeekView } from "./week-view";
import { LazyDnd, useDndKit } from "./lazy-dnd";
import { UndoToast } from "@/components/ui/undo-toast";
import { useApprove, useBestTimes, useConnections, useGenerate, usePosts, useUndo } from "./use-calendar-data";
import { bestTimeOn } from "@/lib/analytics/best-times";
import { usePostEditor } from "./use-post-editor";
import { ReviewLinkButton } from "@/components/review/review-link-button";
import { CardProgress } from "@/components/media/card-progress";
import { ReviewSection, type ReviewSettings } from "@/components/review/review-section";
import { useSubmit } from "@/components/review/use-review";

// The editor (with X's character counter) and the generate dialog load when first opened, not with the month.
const EditorPanel = dynamic(() => import("./editor-panel").then((m) => m.EditorPanel));
const GenerateDialog = dynamic(() => import("./generate-dialog").then((m) => m.GenerateDialog));
const DayPreview = dynamic(() => import("./day-preview").then((m) => m.DayPreview));
const ImportDialog = dynamic(() => import("./import-dialog").then((m) => m.ImportDialog));

export function CalendarView({
  brand,
  view,
  month,
  date,
  today,
  canEdit,
  review,
}: {
  brand: BrandDto;
  view: CalendarViewName;
  month: string;
  /** the day the week view shows the week of */
  date: string;
  today: string;
  canEdit: boolean;
  review: ReviewSettings;
}) {
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const { from, to } = viewRange(view, month, date, brand.language);
  const posts = usePosts(brand.slug, from, to);
  const connections = useConnections(brand.slug);
  const approve = useApprove(brand.slug);
  const submit = useSubmit(brand.slug);
  const generate = useGenerate(brand.slug);
  const undo = useUndo(brand.slug);
  // The month arrives in the server's HTML; drag and drop follows it, and marks when it can be dragged and edited.
  const dnd = useDndKit();
  const [undoable, setUndoable] = useState<{ message: string; changeId: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [showGenerate, setShowGenerate] = useState(false);
  const [showImport, setShowImport] = useState(false);
  const [filters, setFilters] = useState<FilterState>({ network: "all", pillar: "all", status: "all" });
  const openId = params.get("post");

  const setParams = useCallback(
    (values: Record<string, string | null>) => {
      const q = new URLSearchParams(params);
      for (const [key, value] of Object.entries(values)) {
        if (value === null) q.delete(key);
        else q.set(key, value);
      }
      q.set("brand", brand.slug);
      router.push(`${path}?${q}`, { scroll: false });
    },
    [params, path, router, brand.slug],
  );

  const all = useMemo(() => posts.data?.posts ?? [], [posts.data]);
  const pillarNames = useMemo(
    () => Object.fromEntries((posts.data?.pillars ?? []).map((p) => [p.key, p.name])),
    [posts.data],
  );
  const visible = all.filter(
    (p) =>
      (filters.network === "all" || p.platform === filters.network) &&
      (filters.pillar === "all" || p.pillar === filters.pillar) &&
      (filters.status === "all" || p.status === filters.status),
  );
  const open = all.find((p) => p.id === openId) ?? null;
  const previewDay = params.get("preview");
  const best = useBestTimes(brand.slug, view === "week" || !!open).data?.networks ?? [];
  /** The best time for a post on its own day; null when it is already there. */
  const bestFor = (p: { platform: string; date: string; time: string }) => {
    const b = best.find((n) => n.network === p.platform);
    const time = b ? bestTimeOn(b, new Date(`${p.date}T00:00:00Z`).getUTCDay()) : null;
    return time && time !== p.time ? time : null;
  };
  const moveWeekToBest = () => {
    const movable = visible.filter((p) => p.date >= today && p.status !== "published" && bestFor(p));
    if (movable.length === 0) return setStatus("Every post of this week is already at its best time.");
    const done = `Moved ${movable.length} post${movable.length === 1 ? "" : "s"} to their best times.`;
    for (const p of movable) mover.move(p, p.date, bestFor(p)!, false, done);
  };
  const accountFor = (network: string) =>
    connections.data?.connections.find((c) => c.platform === network && c.status === "active") ?? null;
  const conflicts = useMemo(() => findConflicts(all), [all]);
  const setParam = (key: string, value: string | null) => setParams({ [key]: value });

  /** Nothing changed (say, no post was left to submit): the message alone, with no Undo to offer. */
  const offerUndo = (message: string, changeId: string | undefined) => {
    setStatus(message);
    setUndoable(changeId ? { message, changeId } : null);
  };
  const clearUndo = useCallback(() => setUndoable(null), []);
  const runUndo = () => {
    if (!undoable) return;
    undo.mutate(undoable.changeId, {
      onSuccess: (r) => setStatus(`Undone: ${r.undone} post${r.undone === 1 ? "" : "s"} put back.`),
      onError: (e) => setStatus(e.message),
      onSettled: () => setUndoable(null),
    });
  };

  const editor = usePostEditor({
    brand: brand.slug,
    from,
    to,
    setStatus,
    offerUndo,
    closePost: () => setParam("post", null),
  });

  const mover = useMovePost({ all, today, canEdit, change: editor.change, setStatus });

  // With review on, the range buttons submit for review; approvers approve in bulk with "Approve month".
  const submitRange = (fromDate: string, toDate: string, label: string) =>
    submit.mutate(
      { brand: brand.slug, from: fromDate, to: toDate },
      {
        onSuccess: (r) => offerUndo(`Submitted ${r.submitted} posts for review (${label}).`, r.change_id),
        onError: (e) => setStatus(e.message),
      },
    );

  const approveRange = (fromDate: string, toDate: string, label: string) =>
    approve.mutate(
      { brand: brand.slug, from: fromDate, to: toDate },
      {
        onSuccess: (r) => offerUndo(`Approved ${r.approved} posts (${label}).`, r.change_id),
        onError: (e) => setStatus(e.message),
      },
    );

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
      },
      {
        onSuccess: (r) => {
          setShowGenerate(false);
          offerUndo(
            r.kept + r.replaced === 0
              ? `Generated ${r.posts.length} posts for ${month}.`
              : `Regenerated ${month}: ${r.summary}.`,
            r.change_id,
          );
          // Show what was generated: the month the plan starts in.
          if (start.slice(0, 7) !== month || view === "week") setParams({ view: null, month: start.slice(0, 7) });
        },
      },
    );

  const shared = {
    today,
    posts: visible,
    pillarNames,
    conflicts,
    canEdit,
    onOpen: (id: string) => setParam("post", id),
    onPreview: (day: string) => setParam("preview", day),
    onNudge: canEdit ? mover.nudge : undefined,
    onApprove: review.approvalRequired ? submitRange : approveRange,
    actionLabel: review.approvalRequired ? "Submit" : "Approve",
  };

  return (
    <div className="space-y-4" data-calendar-ready={dnd ? "" : undefined}>
      <CalendarToolbar
        brand={brand}
        view={view}
        month={month}
        from={from}
        today={today}
        filters={filters}
        onFilters={setFilters}
        pillars={posts.data?.pillars ?? []}
        canEdit={canEdit}
        hasPosts={all.length > 0}
        review={review}
        onMonth={(m) => setParams({ month: m, date: null })}
        onWeek={(d) => setParams({ date: d, month: d.slice(0, 7) })}
        onView={(v) =>
          setParams({ view: v === "month" ? null : v, date: v === "week" ? weekAnchor(month, today) : null })
        }
        onSubmitMonth={() => submitRange(from, to, "month")}
        submitting={submit.isPending}
        onApproveMonth={() => approveRange(from, to, "month")}
        approving={approve.isPending}
        onGenerate={() => setShowGenerate(true)}
        onImport={() => setShowImport(true)}
      />
      <div className="flex flex-wrap items-center gap-2">
        <p data-testid="status-line" aria-live="polite" className="min-h-5 flex-1 text-sm text-slate-700">
          {status}
        </p>
        <CardProgress brand={brand.slug} />
        {canEdit && all.length ? <ReviewLinkButton brand={brand.slug} from={from} to={to} /> : null}
      </div>
      {posts.isLoading ? <div className="h-96 animate-pulse rounded-xl bg-slate-200" /> : null}
      {posts.error ? (
        <p role="alert" className="text-rose-700">
          {posts.error.message}{" "}
          <button className="underline" onClick={() => posts.refetch()}>
            Try again
          </button>
        </p>
      ) : null}
      {posts.data && all.length === 0 ? (
        <EmptyState
          title={`Nothing planned for ${view === "week" ? `the week of ${from}` : month} yet`}
          action={
            canEdit ? (
              <Button data-testid="generate-month" onClick={() => setShowGenerate(true)}>
                Generate this month
              </Button>
            ) : undefined
          }
        >
          One click turns {brand.name}&apos;s brief into a post a day on LinkedIn, Facebook and X.
        </EmptyState>
      ) : null}
      {all.length ? (
        <LazyDnd api={dnd} onDragEnd={mover.onDragEnd}>
          {view === "week" ? (
            <WeekView
              best={best}
              onMoveWeekToBest={canEdit ? moveWeekToBest : undefined}
              from={from}
              to={to}
              language={brand.language}
              timeZone={brand.timezone}
              {...shared}
            />
          ) : view === "list" ? (
            <ListView language={brand.language} {...shared} />
          ) : (
            <CalendarGrid month={month} language={brand.language} {...shared} />
          )}
        </LazyDnd>
      ) : null}
      {open ? (
        <EditorPanel
          post={open}
          brandName={brand.name}
          brandColors={brand}
          timeZone={brand.timezone}
          today={today}
          account={accountFor(open.platform)}
          best={best}
          bestTime={bestFor(open)}
          language={brand.language}
          onPreviewDay={() => setParams({ preview: open.date, post: null })}
          pillarName={pillarNames[open.pillar] ?? open.pillar}
          busy={editor.busy}
          error={editor.error}
          askReplace={editor.askReplace}
          canEdit={canEdit}
          canApprove={!review.approvalRequired}
          review={
            <ReviewSection post={open} brand={brand.slug} settings={review} canEdit={canEdit} onChanged={offerUndo} />
          }
          actions={{ ...editor.actionsFor(open), move: (d, t) => mover.move(open, d, t) }}
        />
      ) : null}
      {showGenerate ? (
        <GenerateDialog
          brand={brand}
          month={month}
          today={today}
          pending={generate.isPending}
          error={generate.error?.message ?? null}
          onGenerate={runGenerate}
          onClose={() => setShowGenerate(false)}
        />
      ) : null}
      {previewDay ? (
        <DayPreview
          label={longDate(previewDay, brand.language)}
          posts={all.filter((p) => p.date === previewDay && p.status !== "skipped")}
          brandName={brand.name}
          brandColors={brand}
          accountFor={accountFor}
          onClose={() => setParam("preview", null)}
        />
      ) : null}
      {showImport ? (
        <ImportDialog
          brand={brand.slug}
          onClose={() => setShowImport(false)}
          onDone={(n) => {
            setShowImport(false);
            setStatus(`Imported ${n} draft${n === 1 ? "" : "s"}.`);
          }}
        />
      ) : null}
      {undoable ? (
        <UndoToast message={undoable.message} pending={undo.isPending} onUndo={runUndo} onDone={clearUndo} />
      ) : null}
    </div>
  );
}

/** The week the week view opens on: today's when it is in the month shown, else the month's first. */
function weekAnchor(month: string, today: string) {
  return today.slice(0, 7) === month ? today : `${month}-01`;
}
