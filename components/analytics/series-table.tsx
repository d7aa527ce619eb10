"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { networkLabel } from "@/components/charts/network-colors";
import type { Performance } from "@/lib/analytics/get-performance";

/** The charts' numbers as a table: the accessible alternative, and handy for a quick check. */
export function SeriesTable({ networks, results }: { networks: string[]; results: Performance[] }) {
  const t = useTranslations("analytics");
  const f = useFormats();
  const rows = networks
    .flatMap((n, i) => results[i].series.map((s) => ({ network: n, ...s })))
    .sort((a, b) => a.key.localeCompare(b.key) || a.network.localeCompare(b.network));
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">
        {t("table.daily", { count: rows.length })}
      </summary>
      <div className="mt-3 max-h-96 overflow-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("table.dailyCaption")}</caption>
          <thead className="sticky top-0 bg-white text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="py-2">
                {t("date")}
              </th>
              <th scope="col">{t("network")}</th>
              <th scope="col" className="text-right">
                {t("posts")}
              </th>
              <th scope="col" className="text-right">
                {t("impressions")}
              </th>
              <th scope="col" className="text-right">
                {t("engagements")}
              </th>
              <th scope="col" className="text-right">
                {t("engagementRate")}
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {rows.map((r) => (
              <tr key={`${r.key}-${r.network}`} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 font-normal">
                  {f.day(r.key, true)}
                </th>
                <td>{networkLabel(r.network)}</td>
                <td className="text-right">{f.number(r.posts)}</td>
                <td className="text-right">{f.number(r.impressions)}</td>
                <td className="text-right">{f.number(r.engagements)}</td>
                <td className="text-right">{f.percent(r.engagement_rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A grouped series (pillar, format, hook) as a compact table. */
export function GroupTable({
  dimension,
  perf,
  name,
}: {
  dimension: string;
  perf: Performance;
  name: (key: string) => string;
}) {
  const t = useTranslations("analytics");
  const f = useFormats();
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs font-medium text-slate-600">{t("table.view")}</summary>
      <table className="mt-2 w-full text-left text-xs">
        <caption className="sr-only">{t("table.by", { dimension })}</caption>
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-1">
              {dimension}
            </th>
            <th scope="col" className="text-right">
              {t("posts")}
            </th>
            <th scope="col" className="text-right">
              {t("impressions")}
            </th>
            <th scope="col" className="text-right">
              {t("engRateShort")}
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {perf.series.map((s) => (
            <tr key={s.key} className="border-t border-slate-100">
              <th scope="row" className="max-w-40 truncate py-1 font-normal" title={name(s.key)}>
                {name(s.key)}
              </th>
              <td className="text-right">{f.number(s.posts)}</td>
              <td className="text-right">{f.number(s.impressions)}</td>
              <td className="text-right">{f.percent(s.engagement_rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
