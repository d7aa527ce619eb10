"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/api-client";
import type { AuditEventsResponse } from "@/app/api/audit/route";
import type { AuditEventDto } from "@/lib/audit/list-audit-events";

const ACTIONS: [string, string][] = [
  ["", "Any action"],
  ["post", "Posts (all)"],
  ["post.edit", "Edited"],
  ["post.move", "Moved"],
  ["post.status.approved", "Approved"],
  ["post.bulk_approve", "Approved in bulk"],
  ["post.regenerate", "Regenerated a post"],
  ["post.restore", "Restored a version"],
  ["plan.generate", "Generated or regenerated"],
  ["change.undo", "Undone"],
  ["run", "Runs (Run now, Publish early)"],
  ["run.publish_early", "Published early"],
  ["run.retry", "Retried"],
  ["connection", "Connections"],
  ["brand", "Brands"],
];

const VERBS: Record<string, string> = {
  "post.edit": "edited a post",
  "post.move": "moved a post",
  "post.status.approved": "approved a post",
  "post.status.skipped": "skipped a post",
  "post.status.draft": "put a post back to draft",
  "post.bulk_approve": "approved posts in bulk",
  "post.regenerate": "regenerated a post",
  "post.restore": "restored an older version",
  "post.submit": "submitted posts for review",
  "post.review.approve": "approved a post under review",
  "post.review.changes_requested": "requested changes",
  "post.suggestion_accept": "used a timely suggestion",
  "post.suggestion_dismiss": "dismissed a suggestion",
  "plan.generate": "generated the plan",
  "change.undo": "undid a change",
  "run.manual": "ran the publisher",
  "run.publish_early": "published early",
  "run.retry": "retried failed posts",
  "connection.create": "connected a network",
  "connection.replace": "reconnected a network",
  "connection.archive": "disconnected a network",
  "connection.restore": "restored a connection",
  "brand.create": "created a brand",
  "brand.update": "edited a brief",
  "brand.archive": "deleted (archived) a brand",
  "brand.restore": "restored a brand",
};

type Filters = { brand: string; actor: string; action: string; from: string; to: string };

function query(f: Filters, extra: Record<string, string> = {}) {
  const q = new URLSearchParams(Object.entries({ ...f, ...extra }).filter(([, v]) => v !== ""));
  return q.toString();
}

/** Who did what and when: filters, a page at a time, and the same filters as a CSV download. */
export function ActivityLog({ brands, people }: { brands: { slug: string; name: string }[]; people: string[] }) {
  const [filters, setFilters] = useState<Filters>({ brand: "", actor: "", action: "", from: "", to: "" });
  const list = useInfiniteQuery({
    queryKey: ["audit", filters],
    queryFn: ({ pageParam }) =>
      apiFetch<AuditEventsResponse>(`/api/audit?${query(filters, pageParam ? { cursor: pageParam } : {})}`),
    initialPageParam: "",
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const set = (k: keyof Filters) => (e: { target: { value: string } }) =>
    setFilters({ ...filters, [k]: e.target.value });
  const events = list.data?.pages.flatMap((p) => p.events) ?? [];
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-2" data-testid="activity-filters">
        <select aria-label="Brand" className={select} value={filters.brand} onChange={set("brand")}>
          <option value="">All brands</option>
          {brands.map((b) => (
            <option key={b.slug} value={b.slug}>
              {b.name}
            </option>
          ))}
        </select>
        <select aria-label="Person" className={select} value={filters.actor} onChange={set("actor")}>
          <option value="">Everyone</option>
          {people.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <select aria-label="Action" className={select} value={filters.action} onChange={set("action")}>
          {ACTIONS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
        <label className="text-sm text-slate-600">
          From <input type="date" aria-label="From" className={select} value={filters.from} onChange={set("from")} />
        </label>
        <label className="text-sm text-slate-600">
          To <input type="date" aria-label="To" className={select} value={filters.to} onChange={set("to")} />
        </label>
        <a
          data-testid="activity-csv"
          className="ml-auto rounded-md px-2 py-1.5 text-sm text-brand-700 hover:bg-brand-50"
          href={`/api/audit?${query(filters, { format: "csv" })}`}
        >
          Download CSV
        </a>
      </div>
      {list.isLoading ? <div className="h-40 animate-pulse rounded-xl bg-slate-200" /> : null}
      {list.error ? (
        <p role="alert" className="text-sm text-rose-700">
          {list.error.message}
        </p>
      ) : null}
      {list.data && events.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing matches these filters.</p>
      ) : null}
      {events.length ? (
        <ol
          data-testid="activity-list"
          className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
        >
          {events.map((e) => (
            <ActivityItem key={e.id} event={e} />
          ))}
        </ol>
      ) : null}
      {list.hasNextPage ? (
        <Button variant="secondary" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? "Loading…" : "Older activity"}
        </Button>
      ) : null}
    </div>
  );
}

function ActivityItem({ event: e }: { event: AuditEventDto }) {
  const verb = VERBS[e.action] ?? e.action;
  const d = e.details as Record<string, unknown> | null;
  const count =
    d && typeof d.approved === "number" ? ` (${d.approved})` : d && typeof d.posts === "number" ? ` (${d.posts})` : "";
  return (
    <li
      data-testid="activity-item"
      data-action={e.action}
      className="flex flex-wrap items-baseline gap-x-2 px-4 py-2 text-sm"
    >
      <time className="w-40 shrink-0 text-slate-500" dateTime={e.at}>
        {new Date(e.at).toLocaleString()}
      </time>
      <span className="font-medium">{e.actor}</span>
      <span>
        {verb}
        {count}
      </span>
      {e.brand_name ? <span className="text-slate-500">· {e.brand_name}</span> : null}
      <span className="text-xs text-slate-500">
        {e.target_type} {e.target_id.slice(0, 10)}
      </span>
    </li>
  );
}
