"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { StatusRow } from "@/lib/orchestration/get-run-status";
import { NETWORK_LABEL, StateBadge } from "./state-badge";
import { RunSteps } from "./run-steps";
import { FailureAdvice } from "./failure-advice";
import { LinkForm } from "./link-form";
import { localTime } from "@/lib/dates/zoned";
import { useFormats } from "@/components/i18n/formats";

const time = (iso: string, timeZone: string) => localTime(new Date(iso), timeZone);
// On a phone each row is a card: its cells stack, each named by its column.
const CARD_CELL =
  "max-sm:block max-sm:py-1 max-sm:pr-0 max-sm:before:mr-1 max-sm:before:text-xs max-sm:before:font-semibold max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)]";

export function RunRow({
  row,
  retrying,
  onRetry,
  canEdit,
  timeZone,
  date,
}: {
  date: string;
  row: StatusRow;
  retrying: boolean;
  onRetry: () => void;
  canEdit: boolean;
  timeZone: string;
}) {
  const t = useTranslations("runs");
  const f = useFormats();
  const [open, setOpen] = useState(false);
  const retryable = row.state === "failed" || row.state === "unknown";
  const key = `${row.brand}-${row.platform}`;
  const published = row.state === "published";
  return (
    <>
      <tr
        data-testid={`run-row-${key}`}
        data-state={row.state}
        className="border-t border-slate-100 align-top max-sm:block max-sm:rounded-lg max-sm:border max-sm:bg-white max-sm:p-3"
      >
        <td className={`py-2 pr-3 ${CARD_CELL}`} data-label={t("cardLabel", { column: t("col.network") })}>
          <div className="font-medium">{NETWORK_LABEL[row.platform]}</div>
          <div className="text-xs text-slate-500">{row.brand_name}</div>
        </td>
        <td className={`py-2 pr-3 ${CARD_CELL}`} data-label={t("cardLabel", { column: t("col.state") })}>
          <StateBadge state={row.state} sandbox={row.sandbox} network={NETWORK_LABEL[row.platform]} />
        </td>
        <td
          className={`py-2 pr-3 text-sm text-slate-600 ${CARD_CELL}`}
          data-label={t("cardLabel", { column: t("col.timeShort") })}
        >
          {time(row.scheduled_at, timeZone)}
        </td>
        <td
          className={`max-w-md py-2 pr-3 text-sm text-slate-700 ${CARD_CELL}`}
          data-label={t("cardLabel", { column: t("col.post") })}
        >
          <span className="line-clamp-2">{row.excerpt}</span>
        </td>
        <td className={`py-2 pr-3 text-sm ${CARD_CELL}`} data-label={t("cardLabel", { column: t("col.result") })}>
          {row.remote_url ? (
            <a className="text-brand-600 hover:underline" href={row.remote_url} target="_blank" rel="noreferrer">
              {t("viewPost")} ↗
            </a>
          ) : row.remote_id ? (
            <code className="text-xs">{row.remote_id}</code>
          ) : null}
          {published && row.remote_url && !row.remote_id ? (
            <p className="text-xs text-slate-600">{t("link.noId")}</p>
          ) : null}
          {published && !row.remote_url && !row.remote_id && canEdit ? (
            <LinkForm date={date} brand={row.brand} platform={row.platform} />
          ) : null}
          <RunSteps row={row} testKey={key} />
          <FailureAdvice failure={row} brand={row.brand} timeZone={timeZone} />
        </td>
        <td className="py-2 text-right whitespace-nowrap max-sm:block max-sm:pt-2 max-sm:text-left">
          <Button variant="ghost" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t("attempts", { count: row.attempts.length })}
          </Button>
          {retryable && canEdit ? (
            <Button data-testid={`retry-${key}`} variant="secondary" disabled={retrying} onClick={onRetry}>
              {retrying ? t("retrying") : t("retry")}
            </Button>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr data-testid={`attempts-${key}`}>
          <td colSpan={6} className="bg-slate-50 px-3 py-2">
            {row.attempts.length === 0 ? <p className="text-sm text-slate-500">{t("noAttempt")}</p> : null}
            <ol className="space-y-2">
              {row.attempts.map((a) => (
                <li key={a.attempt + a.started_at} className="text-sm">
                  <div className="flex flex-wrap gap-3 text-slate-700">
                    <span className="font-medium">#{a.attempt}</span>
                    <span>{f.dateTime(a.started_at, timeZone)}</span>
                    <span>{t.has(`outcome.${a.outcome}`) ? t(`outcome.${a.outcome}`) : a.outcome}</span>
                    {a.failure_class ? (
                      <span className="text-rose-700">{t(`failureClass.${a.failure_class}`)}</span>
                    ) : null}
                    {a.http_status ? <span>HTTP {a.http_status}</span> : null}
                  </div>
                  {a.response_excerpt ? (
                    <pre className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap break-all rounded bg-white p-2 text-xs text-slate-700">
                      {a.response_excerpt}
                    </pre>
                  ) : null}
                </li>
              ))}
            </ol>
          </td>
        </tr>
      ) : null}
    </>
  );
}
