"use client";

import { formatNumber, formatPercent, formatRange } from "@/components/charts/format";
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
  const overview = usePerformance(filters, "platform");
  const yesterday = useYesterday(filters.brand);
  return (
    <div className="space-y-6">
      <FilterBar key={`${filters.from}|${filters.to}`} filters={filters} today={today} />
      <YesterdayCards query={yesterday} platform={filters.platform} />
      <section aria-labelledby="performance-h" className="space-y-4">
        <h2 id="performance-h" className="text-base font-semibold">
          Performance{" "}
          <span className="text-sm font-normal text-slate-500">
            {formatRange(filters.from, filters.to)}, by post date
          </span>
        </h2>
        {overview.error ? (
          <ErrorBox
            title="Could not load the performance data."
            error={overview.error}
            onRetry={() => overview.refetch()}
          />
        ) : overview.isPending ? (
          <div className="space-y-4" aria-busy aria-label="Loading performance">
            <Skeleton className="h-20" />
            <div className="grid gap-4 xl:grid-cols-2">
              <Skeleton className="h-80" />
              <Skeleton className="h-80" />
            </div>
          </div>
        ) : overview.data.totals.posts === 0 ? (
          <div data-testid="analytics-empty">
            <EmptyState title="No metrics to show">
              <p>
                No metrics yet: metrics are collected daily for published posts by <code>/api/cron/metrics</code>.
              </p>
              <p className="mt-2">Once posts are published, come back the next day, or widen the date range.</p>
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
  const t = perf.totals;
  const items = [
    { label: "Posts with metrics", value: formatNumber(t.posts) },
    { label: "Impressions", value: formatNumber(t.impressions) },
    { label: "Engagements", value: formatNumber(t.engagements) },
    { label: "Engagement rate", value: formatPercent(t.engagement_rate), title: perf.engagement_rate_definition },
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
