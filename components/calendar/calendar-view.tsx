"use client";

import { noSubscription } from "@/components/ui/no-subscription";
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, useSyncExternalStore } from "react";
import type { BrandDto } from "@/lib/brands/brand-dto";
import { CalendarGrid } from "./calendar-grid";
import { CalendarToolbar } from "./calendar-toolbar";
import { findConflicts } from "./conflicts";
import { longDate } from "./month";
import { EmptyRange } from "./empty-range";
import { useMovePost } from "./use-move-post";
import { viewRange, weekAnchor, type CalendarViewName } from "./view-range";
import { DragAndDrop } from "./drag-and-drop";
import { useBestTimes, useConnections, usePosts } from "./use-calendar-data";
import { bestTimeFor } from "./best-time-for";
import { usePostEditor } from "./use-post-editor";
import { ReviewLinkButton } from "@/components/review/review-link-button";
import { CardProgress } from "@/components/media/card-progress";
import type { ReviewSettings } from "@/components/review/review-section";
import { pillarName } from "@/lib/strategy/display-names";
import { useRangeActions } from "./use-range-actions";
import { useBrandToday } from "./use-brand-today";
import { useCalendarFilters, useCalendarParams, useLeaveGuard } from "./use-calendar-params";

// The editor (with X's character counter and the review thread) and the dialogs load when first opened, and
// the week and list views when shown, not with the month.
const EditorPanel = dynamic(() => import("./editor-panel").then((m) => m.EditorPanel));
const ReviewSection = dynamic(() => import("@/components/review/review-section").then((m) => m.ReviewSection));
const WeekView = dynamic(() => import("./week-view").then((m) => m.WeekView));
const ListView = dynamic(() => import("./list-view").then((m) => m.ListView));
const UndoToast = dynamic(() => import("@/components/ui/undo-toast").then((m) => m.UndoToast));
const GenerateDialog = dynamic(() => import("./generate-dialog").then((m) => m.GenerateDialog));
const PostGone = dynamic(() => import("./post-gone").then((m) => m.PostGone));
const DayPreview = dynamic(() => import("./day-preview").then((m) => m.DayPreview));
const ImportDialog = dynamic(() => import("./import-dialog").then((m) => m.ImportDialog));

export function CalendarView({
  brand,
  view,
  month,
  date,
  today: serverToday,
  region,
  canEdit,
  review,
}: {
  brand: BrandDto;
  view: CalendarViewName;
  month: string;
  /** the day the week view shows the week of */
  date: string;
  today: string;
  /** the reader's locale with its region: whose first weekday the weeks start on */
  region: string;
  canEdit: boolean;
  review: ReviewSettings;
}) {
  const { params, setParams } = useCalendarParams(brand.slug);
  const today = useBrandToday(serverToday, brand.timezone);
  const { from, to } = viewRange(view, month, date, region);
  const posts = usePosts(brand.slug, from, to);
  const connections = useConnections(brand.slug);
  const t = useTranslations("calendar");
  const locale = useLocale();
  // The month arrives in the server's HTML: marked once React has hydrated it, when it can be dragged and edited.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [showImport, setShowImport] = useState(false);
  const [filters, setFilters] = useCalendarFilters(params);
  const openId = params.get("post");

  const all = useMemo(() => posts.data?.posts ?? [], [posts.data]);
  const pillarNames = useMemo(
    () => Object.fromEntries((posts.data?.pillars ?? []).map((p) => [p.key, pillarName(p.key, locale)])),
    [posts.data, locale],
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
  const bestFor = (p: { platform: string; date: string; time: string }) => bestTimeFor(best, p);
  const moveWeekToBest = () => {
    const movable = visible.filter((p) => p.date >= today && p.status !== "published" && bestFor(p));
    if (movable.length === 0) return setStatus(t("done.allAtBest"));
    void editor.moveMany(
      movable.map((p) => ({ id: p.id, version: p.version, time: bestFor(p)! })),
      (count) => t("done.movedToBest", { count }),
    );
  };
  const accountFor = (network: string) =>
    connections.data?.connections.find((c) => c.platform === network && c.status === "active") ?? null;
  const conflicts = useMemo(
    () =>
      findConflicts(all, brand.posting_hours, {
        outside: (time, hours) => t("conflict.outside", { time, start: hours.start, end: hours.end }),
        crowded: (count, network, day) => t("conflict.crowded", { count, network, date: day }),
      }),
    [all, brand.posting_hours, t],
  );
  const setParam = (key: string, value: string | null) => setParams({ [key]: value });

  const range = useRangeActions({
    brand,
    month,
    shown: { posts: all, today, network: filters.network },
    // Show what was generated: the month the plan starts in.
    onGenerated: (start) => {
      if (start.slice(0, 7) !== month || view === "week") setParams({ view: null, month: start.slice(0, 7) });
    },
  });
  const { status, setStatus, refuse, offerUndo, submitRange, approveRange } = range;
  const { leavePost, onUnsavedChange } = useLeaveGuard(setParams, t("unsavedLeave"));
  const editor = usePostEditor({
    brand: brand.slug,
    from,
    to,
    setStatus,
    refuse,
    offerUndo,
    closePost: () => leavePost({ post: null }),
  });

  const mover = useMovePost({ all, today, canEdit, change: editor.change, refuse });

  const shared = {
    today,
    posts: visible,
    pillarNames,
    conflicts,
    canEdit,
    onOpen: (id: string) => (id === openId ? undefined : leavePost({ post: id })),
    onPreview: (day: string) => setParam("preview", day),
    onNudge: canEdit ? mover.nudge : undefined,
    onApprove: review.approvalRequired ? submitRange : approveRange,
    action: review.approvalRequired ? ("submit" as const) : ("approve" as const),
  };

  return (
    <div className="space-y-4" data-calendar-ready={ready ? "" : undefined}>
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
        onMonth={(m) => leavePost({ month: m, date: null })}
        onWeek={(d) => leavePost({ date: d, month: d.slice(0, 7) })}
        onView={(v) =>
          leavePost({ view: v === "month" ? null : v, date: v === "week" ? weekAnchor(month, today) : null })
        }
        onSubmitMonth={() => submitRange(from, to, t("done.month"))}
        submitting={range.submitting}
        onApproveMonth={() => approveRange(from, to, t("done.month"))}
        approving={range.approving}
        onGenerate={() => range.setShowGenerate(true)}
        onImport={() => setShowImport(true)}
      />
      <div className="flex flex-wrap items-center gap-2">
        <p
          data-testid="status-line"
          data-refused={status?.refused || undefined}
          aria-live="polite"
          className={`min-h-5 flex-1 text-sm ${status?.refused ? "font-medium text-rose-700" : "text-slate-700"}`}
        >
          {status?.text}
        </p>
        <CardProgress brand={brand.slug} />
        {canEdit && all.length ? <ReviewLinkButton brand={brand.slug} from={from} to={to} /> : null}
      </div>
      {posts.isLoading ? <div className="h-96 animate-pulse rounded-xl bg-slate-200" /> : null}
      {posts.error ? (
        <p role="alert" className="text-rose-700">
          {posts.error.message}{" "}
          <button className="underline" onClick={() => posts.refetch()}>
            {t("tryAgain")}
          </button>
        </p>
      ) : null}
      {openId && posts.data && !open ? <PostGone postId={openId} /> : null}
      {posts.data && all.length === 0 ? (
        <EmptyRange
          week={view === "week"}
          from={from}
          month={month}
          brandName={brand.name}
          networks={posts.data.networks}
          onGenerate={canEdit ? () => range.setShowGenerate(true) : undefined}
        />
      ) : null}
      {all.length ? (
        <DragAndDrop onDrop={mover.onDrop}>
          {view === "week" ? (
            <WeekView
              best={best}
              onMoveWeekToBest={canEdit ? moveWeekToBest : undefined}
              from={from}
              to={to}
              timeZone={brand.timezone}
              postingHours={brand.posting_hours}
              {...shared}
            />
          ) : view === "list" ? (
            <ListView {...shared} />
          ) : (
            <CalendarGrid month={month} anchor={date} region={region} {...shared} />
          )}
        </DragAndDrop>
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
          onPreviewDay={() => leavePost({ preview: open.date, post: null })}
          onUnsavedChange={onUnsavedChange}
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
      {range.showGenerate ? (
        <GenerateDialog
          brand={brand}
          month={month}
          today={today}
          pending={range.generating}
          error={range.generateError}
          onGenerate={range.runGenerate}
          onClose={() => range.setShowGenerate(false)}
        />
      ) : null}
      {previewDay ? (
        <DayPreview
          label={longDate(previewDay, locale)}
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
            setStatus(t("done.imported", { count: n }));
          }}
        />
      ) : null}
      {range.undoable ? (
        <UndoToast
          // each change its own ten seconds, even in the same words ("Marked approved.")
          key={range.undoable.changeIds.join()}
          message={range.undoable.message}
          pending={range.undoing}
          onUndo={range.runUndo}
          onDone={range.clearUndo}
        />
      ) : null}
    </div>
  );
}
