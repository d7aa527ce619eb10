"use client";

import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import dynamic from "next/dynamic";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { BrandDto } from "@/lib/brands/brand-dto";
import type { PostDto } from "@/lib/plans/post-dto";
import { CalendarGrid } from "./calendar-grid";
import { CalendarToolbar } from "./calendar-toolbar";
import type { FilterState } from "./filters";
import { monthRange } from "./month";
import { NETWORK_NAME } from "./post-chip";
import { UndoToast } from "@/components/ui/undo-toast";
import { useApprove, useConnections, useGenerate, usePosts, useUndo } from "./use-calendar-data";
import { usePostEditor } from "./use-post-editor";
import { ReviewLinkButton } from "@/components/review/review-link-button";
import { ReviewSection, type ReviewSettings } from "@/components/review/review-section";
import { useSubmit } from "@/components/review/use-review";

// The editor (with X's character counter) and the generate dialog load when first opened, not with the month.
const EditorPanel = dynamic(() => import("./editor-panel").then((m) => m.EditorPanel));
const GenerateDialog = dynamic(() => import("./generate-dialog").then((m) => m.GenerateDialog));

export function CalendarView({
  brand,
  month,
  today,
  canEdit,
  review,
}: {
  brand: BrandDto;
  month: string;
  today: string;
  canEdit: boolean;
  review: ReviewSettings;
}) {
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const { from, to, days } = monthRange(month);
  const posts = usePosts(brand.slug, from, to);
  const connections = useConnections(brand.slug);
  const approve = useApprove(brand.slug);
  const submit = useSubmit(brand.slug);
  const generate = useGenerate(brand.slug);
  const undo = useUndo(brand.slug);
  // The month arrives in the server's HTML; this marks when it can also be dragged and edited.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  const [undoable, setUndoable] = useState<{ message: string; changeId: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [showGenerate, setShowGenerate] = useState(false);
  const [filters, setFilters] = useState<FilterState>({ network: "all", pillar: "all", status: "all" });
  const openId = params.get("post");
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor),
  );

  const setParam = useCallback(
    (key: string, value: string | null) => {
      const q = new URLSearchParams(params);
      if (value === null) q.delete(key);
      else q.set(key, value);
      q.set("brand", brand.slug);
      router.push(`${path}?${q}`, { scroll: false });
    },
    [params, path, router, brand.slug],
  );

  const all = posts.data?.posts ?? [];
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

  function onDragEnd(e: DragEndEvent) {
    const post = e.active.data.current?.post as PostDto | undefined;
    const target = e.over?.id as string | undefined;
    if (!post || !target || target === post.date || !canEdit) return;
    if (target < today) return setStatus(`Cannot move a post into the past (today is ${today} in ${brand.timezone}).`);
    if (all.some((p) => p.date === target && p.platform === post.platform && p.status === "published")) {
      return setStatus(`The ${NETWORK_NAME[post.platform]} slot on ${target} is already published.`);
    }
    editor.change(
      { id: post.id, date: target, version: post.version },
      "move",
      `Moved the ${NETWORK_NAME[post.platform]} post to ${target}.`,
    );
  }

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

  const runGenerate = (replace: string[]) =>
    generate.mutate(
      {
        replace: replace.length ? replace : "untouched",
        brand_name: brand.name,
        positioning: brand.positioning,
        target_audience: brand.target_audience,
        value_props: brand.value_props,
        start_date: from,
        duration_days: days,
        language: brand.language,
        tone: brand.tone,
        cta_targets: brand.cta_targets,
        timezone: brand.timezone,
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
        },
      },
    );

  return (
    <div className="space-y-4" data-calendar-ready={interactive ? "" : undefined}>
      <CalendarToolbar
        brand={brand}
        month={month}
        from={from}
        today={today}
        filters={filters}
        onFilters={setFilters}
        pillars={posts.data?.pillars ?? []}
        canEdit={canEdit}
        hasPosts={all.length > 0}
        review={review}
        onMonth={(m) => setParam("month", m)}
        onSubmitMonth={() => submitRange(from, to, "month")}
        submitting={submit.isPending}
        onApproveMonth={() => approveRange(from, to, "month")}
        approving={approve.isPending}
        onGenerate={() => setShowGenerate(true)}
      />
      <div className="flex flex-wrap items-center gap-2">
        <p data-testid="status-line" aria-live="polite" className="min-h-5 flex-1 text-sm text-slate-700">
          {status}
        </p>
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
          title={`Nothing planned for ${month} yet`}
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
        <DndContext sensors={sensors} onDragEnd={onDragEnd}>
          <CalendarGrid
            month={month}
            language={brand.language}
            today={today}
            posts={visible}
            pillarNames={pillarNames}
            canEdit={canEdit}
            onOpen={(id) => setParam("post", id)}
            onApprove={review.approvalRequired ? submitRange : approveRange}
            actionLabel={review.approvalRequired ? "Submit" : "Approve"}
          />
        </DndContext>
      ) : null}
      {open ? (
        <EditorPanel
          post={open}
          brandName={brand.name}
          account={
            connections.data?.connections.find((c) => c.platform === open.platform && c.status === "active") ?? null
          }
          pillarName={pillarNames[open.pillar] ?? open.pillar}
          busy={editor.busy}
          error={editor.error}
          askReplace={editor.askReplace}
          canEdit={canEdit}
          canApprove={!review.approvalRequired}
          review={
            <ReviewSection post={open} brand={brand.slug} settings={review} canEdit={canEdit} onChanged={offerUndo} />
          }
          actions={editor.actionsFor(open)}
        />
      ) : null}
      {showGenerate ? (
        <GenerateDialog
          brand={brand}
          month={month}
          pending={generate.isPending}
          error={generate.error?.message ?? null}
          onGenerate={runGenerate}
          onClose={() => setShowGenerate(false)}
        />
      ) : null}
      {undoable ? (
        <UndoToast message={undoable.message} pending={undo.isPending} onUndo={runUndo} onDone={clearUndo} />
      ) : null}
    </div>
  );
}
