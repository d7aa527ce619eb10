"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ApiError } from "@/components/api-client";
import { DryRunPanel } from "./dry-run-panel";
import { summarizeStates } from "@/lib/orchestration/summarize-states";
import { RunRow } from "./run-row";
import { RecentRuns } from "./recent-runs";
import { SchedulerHeartbeat } from "./scheduler-heartbeat";
import { SandboxBanner } from "./sandbox-banner";
import { NETWORK_LABEL } from "./state-badge";
import { describeResults } from "@/lib/orchestration/describe-results";
import { PublishEarlyDialog } from "./publish-early-dialog";
import { DayField } from "@/components/ui/day-field";
import { useDryRun, useRetry, useRunNow, useRunStatus, type NotDuePost } from "./use-runs";
import { addDays } from "@/lib/dates/days";

const SUMMARY = ["published", "failed", "unknown", "pending", "missed", "scheduled"] as const;

export function RunsBoard({
  date,
  brand,
  timeZone,
  canEdit,
}: {
  date: string;
  brand: string | null;
  timeZone: string;
  canEdit: boolean;
}) {
  const t = useTranslations("runs");
  const tr = useTranslations("runs.results");
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const [retrying, setRetrying] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean; reconnect?: boolean } | null>(null);
  const inFlight = useRef(new Set<string>());
  const retry = useRetry(date);
  const runNow = useRunNow(date, brand);
  const dry = useDryRun(date, brand);
  const status = useRunStatus(date, brand, !!retrying || runNow.isPending);
  const [network, setNetwork] = useState("all");
  const [early, setEarly] = useState<NotDuePost[] | null>(null);
  const afterRun = (r: { counts: Record<string, number>; not_due: NotDuePost[] }, wasEarly: boolean) => {
    const sent = r.counts.published ?? 0;
    const waiting = r.not_due.length;
    setMessage({
      text: wasEarly
        ? t("publishedEarly", { count: sent })
        : `${t("finished", { count: sent })}${waiting ? ` ${t("notDue", { count: waiting })}` : ""}`,
    });
    setEarly(null);
    setNotDue(wasEarly ? [] : r.not_due);
  };
  const [notDue, setNotDue] = useState<NotDuePost[]>([]);

  const go = (next: string) => {
    const q = new URLSearchParams(params);
    q.set("date", next);
    router.push(`${path}?${q}`);
  };
  const fail = (err: unknown) =>
    setMessage({
      text: err instanceof Error ? err.message : String(err),
      error: true,
      reconnect: err instanceof ApiError && err.body.code === "needs_reconnect",
    });

  // A ref guards against the double click that lands before React re-renders the disabled button.
  const startRetry = (key: string, platform: string, rowBrand?: string) => {
    if (inFlight.current.has(key)) return;
    inFlight.current.add(key);
    setRetrying(key);
    setMessage(null);
    retry.mutate(
      { platform, brand: rowBrand ?? brand ?? undefined },
      {
        onSuccess: (r) => {
          const text = describeResults(r.results, platform, tr);
          setMessage({ text, error: r.results.some((x) => x.status !== "published") });
        },
        onError: fail,
        onSettled: () => {
          inFlight.current.delete(key);
          setRetrying(null);
        },
      },
    );
  };

  const rows = (status.data?.rows ?? []).filter((r) => network === "all" || r.platform === network);
  // the cards count what the table shows
  const summary = summarizeStates(rows);
  const retryNetworks = [
    ...new Set(rows.filter((r) => r.state === "failed" || r.state === "unknown").map((r) => r.platform)),
  ];

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="mr-3 text-xl font-semibold">{t("title")}</h1>
        <Button variant="secondary" aria-label={t("previousDay")} onClick={() => go(addDays(date, -1))}>
          ←
        </Button>
        <DayField
          key={date}
          label={t("date")}
          value={date}
          onCommit={go}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
        <Button variant="secondary" aria-label={t("nextDay")} onClick={() => go(addDays(date, 1))}>
          →
        </Button>
        <select
          aria-label={t("network")}
          value={network}
          onChange={(e) => setNetwork(e.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        >
          <option value="all">{t("allNetworks")}</option>
          <option value="linkedin">LinkedIn</option>
          <option value="facebook">Facebook</option>
          <option value="x">X</option>
        </select>
        <div className="ml-auto flex gap-2">
          <Button
            data-testid="dry-run"
            variant="secondary"
            disabled={dry.isPending}
            onClick={() => dry.mutate(undefined, { onError: fail })}
          >
            {dry.isPending ? t("rendering") : t("dryRun")}
          </Button>
          {canEdit ? (
            <Button
              data-testid="run-now"
              disabled={runNow.isPending}
              title={t("runNowHint")}
              onClick={() => runNow.mutate({}, { onError: fail, onSuccess: (r) => afterRun(r, false) })}
            >
              {runNow.isPending ? t("publishing") : t("runNow")}
            </Button>
          ) : null}
          {canEdit && notDue.length ? (
            <Button data-testid="publish-early" variant="secondary" onClick={() => setEarly(notDue)}>
              {t("publishEarly")}
            </Button>
          ) : null}
        </div>
      </div>

      <SchedulerHeartbeat timeZone={timeZone} />
      <SandboxBanner rows={rows} brand={brand} />

      <div className="grid grid-cols-3 gap-2 sm:grid-cols-6">
        {SUMMARY.map((s) => (
          <div key={s} data-testid={`summary-${s}`} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
            <div className="text-xs uppercase tracking-wide text-slate-500">{t(`state.${s}`)}</div>
            <div className="text-lg font-semibold">{status.data ? (summary[s] ?? 0) : "–"}</div>
          </div>
        ))}
      </div>

      <p
        data-testid="runs-status"
        aria-live="polite"
        className={`min-h-5 text-sm ${message?.error ? "text-rose-700" : "text-slate-600"}`}
      >
        {message?.text}
        {message?.reconnect ? (
          <>
            {" "}
            <IntentLink className="underline" href={`/settings/connections${brand ? `?brand=${brand}` : ""}`}>
              {t("fixConnection")}
            </IntentLink>
          </>
        ) : null}
      </p>

      {early ? (
        <PublishEarlyDialog
          posts={early}
          timeZone={timeZone}
          pending={runNow.isPending}
          onCancel={() => setEarly(null)}
          onConfirm={() =>
            runNow.mutate(
              { includeFuture: true, postIds: early.map((p) => p.post_id) },
              { onError: fail, onSuccess: (r) => afterRun(r, true) },
            )
          }
        />
      ) : null}

      {dry.data ? <DryRunPanel results={dry.data.results} timeZone={timeZone} onClose={() => dry.reset()} /> : null}

      {retryNetworks.length && canEdit ? (
        <div className="flex flex-wrap gap-2">
          {retryNetworks.map((p) => (
            <Button
              key={p}
              data-testid={`retry-all-${p}`}
              variant="secondary"
              disabled={retrying === `all-${p}`}
              onClick={() => startRetry(`all-${p}`, p)}
            >
              {retrying === `all-${p}` ? t("retrying") : t("retryAll", { network: NETWORK_LABEL[p] })}
            </Button>
          ))}
        </div>
      ) : null}

      {status.isLoading ? <div className="h-40 animate-pulse rounded-xl bg-slate-200" /> : null}
      {status.error ? (
        <p role="alert" className="text-sm text-rose-700">
          {status.error.message}{" "}
          <button className="underline" onClick={() => status.refetch()}>
            {t("tryAgain")}
          </button>
        </p>
      ) : null}
      {status.data && rows.length === 0 ? (
        <EmptyState
          title={t("empty.title")}
          action={
            <IntentLink className="text-brand-600 hover:underline" href={`/calendar${brand ? `?brand=${brand}` : ""}`}>
              {t("empty.action")}
            </IntentLink>
          }
        >
          {t("empty.body")}
        </EmptyState>
      ) : null}
      {rows.length ? (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white max-sm:overflow-visible max-sm:border-0 max-sm:bg-transparent">
          <table data-testid="runs-table" className="w-full text-left max-sm:block">
            <thead className="text-xs uppercase text-slate-600 max-sm:hidden">
              <tr>
                <th className="px-3 py-2">{t("col.network")}</th>
                <th>{t("col.state")}</th>
                <th title={timeZone}>{t("col.time", { zone: timeZone })}</th>
                <th>{t("col.post")}</th>
                <th>{t("col.result")}</th>
                <th>
                  <span className="sr-only">{t("col.attempts")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="max-sm:block max-sm:space-y-2 sm:[&>tr>td:first-child]:pl-3">
              {rows.map((r) => (
                <RunRow
                  key={r.post_id}
                  date={date}
                  row={r}
                  canEdit={canEdit}
                  timeZone={timeZone}
                  retrying={retrying === `${r.brand}-${r.platform}`}
                  onRetry={() => startRetry(`${r.brand}-${r.platform}`, r.platform, r.brand)}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {status.data?.runs.length ? <RecentRuns runs={status.data.runs} timeZone={timeZone} /> : null}
    </div>
  );
}
