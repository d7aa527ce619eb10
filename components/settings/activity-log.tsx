"use client";

import { usePages } from "@/components/use-pages";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useFormats } from "@/components/i18n/formats";
import type { AuditEventsResponse } from "@/app/api/audit/route";
import type { AuditEventDto } from "@/lib/audit/list-audit-events";
import { groupActivity } from "./group-activity";
import { useSpreadsheetDelimiter } from "@/components/i18n/spreadsheet-delimiter";

// The filter offers these action prefixes; each reads as actions.filter.<prefix with "_" for ".">.
const ACTIONS = [
  "",
  "post",
  "post.edit",
  "post.move",
  "post.status.approved",
  "post.bulk_approve",
  "post.regenerate",
  "post.restore",
  "plan.generate",
  "change.undo",
  "run",
  "run.publish_early",
  "run.retry",
  "post.comment",
  "post.client",
  "comment",
  "saved_reply",
  "review_link",
  "connection",
  "brand",
  "invite",
  "member",
  "token",
];

type Filters = { brand: string; actor: string; action: string; from: string; to: string };

function query(f: Filters, extra: Record<string, string> = {}) {
  const q = new URLSearchParams(Object.entries({ ...f, ...extra }).filter(([, v]) => v !== ""));
  return q.toString();
}

/** Who did what and when: filters, a page at a time, and the same filters as a CSV download. */
export function ActivityLog({
  brands,
  people,
}: {
  brands: { slug: string; name: string }[];
  /** the members: filtered by email (what the log stores), shown by name */
  people: { email: string; name: string }[];
}) {
  const t = useTranslations("activity");
  const actorName = useActorName();
  const spreadsheet = useSpreadsheetDelimiter();
  const [filters, setFilters] = useState<Filters>({ brand: "", actor: "", action: "", from: "", to: "" });
  const list = usePages<AuditEventsResponse>(["audit", filters], `/api/audit?${query(filters)}`);
  const set = (k: keyof Filters) => (e: { target: { value: string } }) =>
    setFilters({ ...filters, [k]: e.target.value });
  const events = list.data?.pages.flatMap((p) => p.events) ?? [];
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-2" data-testid="activity-filters">
        <select aria-label={t("brand")} className={select} value={filters.brand} onChange={set("brand")}>
          <option value="">{t("allBrands")}</option>
          {brands.map((b) => (
            <option key={b.slug} value={b.slug}>
              {b.name}
            </option>
          ))}
        </select>
        <select aria-label={t("person")} className={select} value={filters.actor} onChange={set("actor")}>
          <option value="">{t("everyone")}</option>
          {people.map((p) => (
            <option key={p.email} value={p.email}>
              {p.name || actorName(p.email)}
            </option>
          ))}
        </select>
        <select aria-label={t("action")} className={select} value={filters.action} onChange={set("action")}>
          {ACTIONS.map((v) => (
            <option key={v} value={v}>
              {t(`filter.${key(v)}`)}
            </option>
          ))}
        </select>
        <label className="text-sm text-slate-600">
          {t("from")}{" "}
          <input type="date" aria-label={t("from")} className={select} value={filters.from} onChange={set("from")} />
        </label>
        <label className="text-sm text-slate-600">
          {t("to")}{" "}
          <input type="date" aria-label={t("to")} className={select} value={filters.to} onChange={set("to")} />
        </label>
        <a
          data-testid="activity-csv"
          className="ml-auto rounded-md px-2 py-1.5 text-sm text-brand-700 hover:bg-brand-50"
          href={`/api/audit?${query(filters, { format: "csv", ...spreadsheet })}`}
        >
          {t("csv")}
        </a>
      </div>
      {list.isLoading ? <div className="h-40 animate-pulse rounded-xl bg-slate-200" /> : null}
      {list.error ? (
        <p role="alert" className="text-sm text-rose-700">
          {list.error.message}
        </p>
      ) : null}
      {list.data && events.length === 0 ? <p className="text-sm text-slate-600">{t("noMatch")}</p> : null}
      {events.length ? (
        // Events of every brand, so in the reader's own zone (the list is only ever drawn in the browser).
        <p className="text-xs text-slate-500" data-testid="activity-zone">
          {t("timesIn", { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
        </p>
      ) : null}
      {events.length ? (
        <ol
          data-testid="activity-list"
          className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
        >
          {groupActivity(events).map((row) =>
            row.kind === "one" ? (
              <ActivityItem key={row.event.id} event={row.event} />
            ) : (
              <ActivityGroup key={row.events[0]!.id} events={row.events} />
            ),
          )}
        </ol>
      ) : null}
      {list.hasNextPage ? (
        <Button variant="secondary" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("loading") : t("older")}
        </Button>
      ) : null}
    </div>
  );
}

/** A member without a name is named by their email; the app's own workers and API tokens by what they are. */
function useActorName() {
  const t = useTranslations("activity");
  return (label: string) =>
    label === "cards"
      ? t("actorName.cards")
      : label.startsWith("token:")
        ? t("actorName.token", { name: label.slice(6) })
        : label;
}

/** A run of one worker's events (a month of cards): one line, opened to list them. */
function ActivityGroup({ events }: { events: AuditEventDto[] }) {
  const t = useTranslations("activity");
  const f = useFormats();
  const actorName = useActorName();
  const first = events[0]!;
  const last = events[events.length - 1]!;
  const verb = t.has(`verb.${key(first.action)}`) ? t(`verb.${key(first.action)}`) : first.action;
  return (
    <li data-testid="activity-group" data-action={first.action} data-count={events.length}>
      <details className="group">
        <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-2 px-4 py-2 text-sm">
          <time className="w-40 shrink-0 text-slate-500" dateTime={first.at}>
            {f.dateTime(first.at)}
          </time>
          <span className="font-medium">{actorName(first.actor)}</span>
          <span>{verb}</span>
          {first.brand_name ? <span className="text-slate-500">· {first.brand_name}</span> : null}
          <span className="text-xs text-slate-500">
            {t("grouped", { count: events.length, since: f.dateTime(last.at) })}
          </span>
          <span aria-hidden className="text-xs text-brand-700 group-open:rotate-90">
            ▸
          </span>
        </summary>
        <ol className="divide-y divide-slate-100 border-t border-slate-100 bg-slate-50">
          {events.map((e) => (
            <ActivityItem key={e.id} event={e} />
          ))}
        </ol>
      </details>
    </li>
  );
}

/** Audit actions are dotted ("post.edit"); catalogue keys cannot hold dots. */
const key = (action: string) => (action ? action.replaceAll(".", "_") : "any");

function ActivityItem({ event: e }: { event: AuditEventDto }) {
  const t = useTranslations("activity");
  const f = useFormats();
  const actorName = useActorName();
  const verb = t.has(`verb.${key(e.action)}`) ? t(`verb.${key(e.action)}`) : e.action;
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
        {f.dateTime(e.at)}
      </time>
      <span className="font-medium" title={e.actor_name ? e.actor : undefined}>
        {e.actor_name ?? actorName(e.actor)}
      </span>
      <span>
        {verb}
        {count}
      </span>
      {e.brand_name ? <span className="text-slate-500">· {e.brand_name}</span> : null}
      <span className="text-xs text-slate-500">
        {e.target_name
          ? e.target_name
          : typeof d?.email === "string"
            ? d.email
            : e.target_type === "brand" && e.brand_name
              ? null
              : `${e.target_type} ${e.target_id.slice(0, 10)}`}
        {typeof d?.to === "string" && e.action === "member.role" ? ` → ${d.to}` : ""}
      </span>
    </li>
  );
}
