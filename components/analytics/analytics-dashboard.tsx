"use client";

import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { sortNetworks } from "@/components/charts/network-colors";
import { EmptyState } from "@/components/ui/empty-state";
import { SentimentPanel } from "@/components/listening/sentiment-panel";
import type { Performance } from "@/lib/analytics/get-performance";
import { FilterBar } from "./filter-bar";
import type { AnalyticsFilters } from "./filters";
import { GroupComparisons } from "./group-comparisons";
import { LearningPanel } from "./learning-panel";
import { ErrorBox, Skeleton } from "./states";
import { TopPosts } from "./top-posts";
import { TrendCharts } from "./trend-charts";
import { usePerformance, useYesterday } from "./use-analytics";
import { YesterdayCards } from "./yesterday-cards";

export function AnalyticsDashboard({
  filters,
  today,
  canRecompute,
}: {
  filters: AnalyticsFilters;
  today: string;
  canRecompute: boolean;
}) {
  const t = useTranslations("analytics");
  const f = useFormats();
  const overview = usePerformance(filters, "platform");
  const yesterday = useYesterday(filters.brand);
  return (
    <div className="space-y-6">
      <FilterBar key={`${filters.from}|${filters.to}`} filters={filters} today={today} />
      <YesterdayCards query={yesterday} platform={filters.platform} />
      <section aria-labelledby="performance-h" className="space-y-4">
        <h2 id="performance-h" className="text-base font-semibold">
          {t("performance")}{" "}
          <span className="text-sm font-normal text-slate-500">
            {t("byPostDate", { range: f.range(filters.from, filters.to) })}
          </span>
        </h2>
        {overview.error ? (
          <ErrorBox title={t("performanceError")} error={overview.error} onRetry={() => overview.refetch()} />
        ) : overview.isPending ? (
          <div className="space-y-4" aria-busy aria-label={t("loadingPerformance")}>
            <Skeleton className="h-20" />
            <div className="grid gap-4 xl:grid-cols-2">
              <Skeleton className="h-80" />
              <Skeleton className="h-80" />
            </div>
          </div>
        ) : overview.data.totals.posts === 0 ? (
          <div data-testid="analytics-empty">
            <EmptyState title={t("empty.title")}>
              <p>{t.rich("empty.body", { code: (c) => <code>{c}</code> })}</p>
              <p className="mt-2">{t("empty.next")}</p>
            </EmptyState>
          </div>
        ) : (
          <>
            <Totals perf={overview.data} />
            <TrendCharts
              filters={filters}
              networks={sortNetworks(overview.data.series.filter((s) => s.posts > 0).map((s) => s.key))}
            />
            <GroupComparisons filters={filters} />
            {yesterday.data ? <TopPosts data={yesterday.data} platform={filters.platform} /> : null}
          </>
        )}
      </section>
      <SentimentPanel brand={filters.brand} from={filters.from} to={filters.to} platform={filters.platform} />
      <LearningPanel brand={filters.brand} canRecompute={canRecompute} />
    </div>
  );
}

function Totals({ perf }: { perf: Performance }) {
  const t = useTranslations("analytics");
  const f = useFormats();
  const sum = perf.totals;
  const items = [
    { label: t("postsWithMetrics"), value: f.number(sum.posts) },
    { label: t("impressions"), value: f.number(sum.impressions) },
    { label: t("engagements"), value: f.number(sum.engagements) },
    { label: t("engagementRate"), value: f.percent(sum.engagement_rate), title: t("rateDefinition") },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {items.map((i) => (
        <div key={i.label} className="rounded-xl border border-slate-200 bg-white px-4 py-3" title={i.title}>
          <dt className="text-xs text-slate-500">{i.label}</dt>
          <dd className="text-xl font-semibold tabular-nums">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
