"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { networkLabel } from "@/components/charts/network-colors";
import { ErrorBox, Skeleton } from "@/components/analytics/states";
import { EmptyState } from "@/components/ui/empty-state";
import { useCompetitorReport, type CompetitorReport } from "./use-listening";

type Column = CompetitorReport["networks"][number]["brand"] & { name: string; last_error?: string | null };

/** The brand beside each competitor, per network: posts per week, engagements per post, best posts, topics. */
export function CompetitorComparison({ brand }: { brand: string }) {
  const t = useTranslations("listening.compare");
  const f = useFormats();
  const report = useCompetitorReport(brand);
  if (report.error) return <ErrorBox title={t("error")} error={report.error} onRetry={() => report.refetch()} />;
  if (report.isPending) return <Skeleton className="h-64" />;
  const r = report.data;
  const withRivals = r.networks.filter((n) => n.competitors.length > 0);
  return (
    <section aria-labelledby="compare-h" className="space-y-4" data-testid="competitor-comparison">
      <div>
        <h2 id="compare-h" className="text-base font-semibold">
          {t("title")}
        </h2>
        <p className="text-xs text-slate-500">
          {t("range", { from: f.day(r.from), to: f.day(r.to), zone: r.timezone })}
        </p>
      </div>
      {withRivals.length === 0 ? (
        <EmptyState title={t("empty.title")}>{t("empty.body")}</EmptyState>
      ) : (
        withRivals.map((n) => (
          <div key={n.platform} className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full text-sm" data-testid={`compare-${n.platform}`}>
              <caption className="px-4 pt-3 text-left font-semibold">{networkLabel(n.platform)}</caption>
              <thead className="text-left text-xs text-slate-500">
                <tr>
                  <th className="px-4 py-2">{t("account")}</th>
                  <th className="px-4 py-2 text-right">{t("perWeek")}</th>
                  <th className="px-4 py-2 text-right">{t("perPost")}</th>
                  <th className="px-4 py-2">{t("best")}</th>
                  <th className="px-4 py-2">{t("topics")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                <Row col={{ ...n.brand, name: t("you", { name: n.brand.name }) }} />
                {n.competitors.map((c) => (
                  <Row key={c.id} col={c} />
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
    </section>
  );
}

function Row({ col }: { col: Column }) {
  const t = useTranslations("listening.compare");
  const f = useFormats();
  return (
    <tr>
      <th scope="row" className="px-4 py-2 text-left font-medium">
        {col.name}
        <div className="text-xs font-normal text-slate-500">{t("posts", { count: col.posts })}</div>
        {col.last_error ? <div className="text-xs font-normal text-amber-800">{col.last_error}</div> : null}
      </th>
      <td className="px-4 py-2 text-right tabular-nums">{f.decimal(col.posts_per_week)}</td>
      <td className="px-4 py-2 text-right tabular-nums">{f.number(col.engagement_per_post)}</td>
      <td className="px-4 py-2">
        <ol className="space-y-1">
          {col.best_posts.map((p, i) => (
            <li key={i} className="max-w-xs truncate">
              <span className="tabular-nums text-slate-500">{p.engagements}</span>{" "}
              {p.url ? (
                <a className="underline" href={p.url} target="_blank" rel="noopener noreferrer">
                  {p.excerpt || t("noText")}
                </a>
              ) : (
                p.excerpt
              )}
            </li>
          ))}
        </ol>
      </td>
      <td className="px-4 py-2 text-slate-700">{col.topics.map((t) => t.word).join(", ") || "—"}</td>
    </tr>
  );
}
