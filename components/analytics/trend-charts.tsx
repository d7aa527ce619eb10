"use client";

import { useTranslations } from "next-intl";
import { ChartCard } from "@/components/charts/chart-card";
import { networkStyle } from "@/components/charts/network-colors";
import { TimeSeriesChart, type SeriesRow } from "@/components/charts/time-series-chart";
import type { Performance } from "@/lib/analytics/get-performance";
import { listDays, type AnalyticsFilters } from "./filters";
import { SeriesTable } from "./series-table";
import { errorText } from "@/components/api-client";
import { useDailyByNetwork } from "./use-analytics";

/** Impressions and engagement rate per day, one line per network, with the same numbers as a table. */
export function TrendCharts({ filters, networks }: { filters: AnalyticsFilters; networks: string[] }) {
  const t = useTranslations("analytics.trends");
  const daily = useDailyByNetwork(filters, networks);
  const error = daily.error ? errorText(daily.error) : null;
  const loading = daily.isPending;
  const series = networks.map((n) => ({
    key: n,
    label: networkStyle(n).label,
    color: networkStyle(n).color,
  }));
  const { impressions, rates } = daily.data ? toRows(filters, networks, daily.data) : { impressions: [], rates: [] };
  return (
    <>
      <div className="grid gap-4 xl:grid-cols-2">
        <ChartCard
          testId="chart-impressions"
          title={t("impressions")}
          description={t("impressionsHelp")}
          loading={loading}
          error={error}
        >
          <TimeSeriesChart data={impressions} series={series} unit="count" yLabel={t("impressionsAxis")} />
        </ChartCard>
        <ChartCard
          testId="chart-engagement"
          title={t("rate")}
          description={t("rateHelp")}
          loading={loading}
          error={error}
        >
          <TimeSeriesChart data={rates} series={series} unit="percent" yLabel={t("rateAxis")} />
        </ChartCard>
      </div>
      {daily.data ? <SeriesTable networks={networks} results={daily.data} /> : null}
    </>
  );
}

/** One row per calendar day; a day without posts on a network stays null so the line bridges it. */
function toRows(filters: AnalyticsFilters, networks: string[], results: Performance[]) {
  const lookup = networks.map((_, i) => new Map(results[i].series.map((s) => [s.key, s])));
  const days = listDays(filters.from, filters.to);
  const impressions: SeriesRow[] = [];
  const rates: SeriesRow[] = [];
  for (const date of days) {
    const imp: SeriesRow = { date };
    const rate: SeriesRow = { date };
    networks.forEach((n, i) => {
      const s = lookup[i].get(date);
      imp[n] = s ? s.impressions : null;
      rate[n] = s && s.impressions > 0 ? s.engagement_rate : null;
    });
    impressions.push(imp);
    rates.push(rate);
  }
  return { impressions, rates };
}
