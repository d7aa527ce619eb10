"use client";

import { ChartCard } from "@/components/charts/chart-card";
import { GroupBarChart } from "@/components/charts/group-bar-chart";
import type { Performance } from "@/lib/analytics/get-performance";
import type { AnalyticsFilters } from "./filters";
import { GroupTable } from "./series-table";
import { errorText } from "@/components/api-client";
import { usePerformance } from "./use-analytics";
import { dimensionName } from "@/lib/strategy/display-names";
import { useLocale, useTranslations } from "next-intl";

const DIMENSIONS = [{ groupBy: "pillar" }, { groupBy: "format" }, { groupBy: "hook", wide: true }] as const;

/** Which pillars, formats and hook templates earn attention, for the current range and network. */
export function GroupComparisons({ filters }: { filters: AnalyticsFilters }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {DIMENSIONS.map((d) => (
        <DimensionChart key={d.groupBy} filters={filters} {...d} />
      ))}
    </div>
  );
}

function DimensionChart({
  filters,
  groupBy,
  wide,
}: {
  filters: AnalyticsFilters;
  groupBy: Performance["group_by"];
  wide?: boolean;
}) {
  const t = useTranslations("analytics.groups");
  const label = t(`${groupBy}.label`);
  const q = usePerformance(filters, groupBy);
  const locale = useLocale();
  const data = [...(q.data?.series ?? [])]
    .sort((a, b) => b.engagement_rate - a.engagement_rate)
    .slice(0, 12)
    .map((s) => ({ ...s, key: dimensionName(groupBy, s.key, locale) }));
  return (
    <ChartCard
      testId={`chart-by-${groupBy}`}
      className={wide ? "lg:col-span-2" : ""}
      title={t(`${groupBy}.title`)}
      description={t("help")}
      loading={q.isPending}
      error={q.error ? errorText(q.error) : null}
    >
      {data.length === 0 ? (
        <p className="py-10 text-center text-sm text-slate-500">{t("none")}</p>
      ) : (
        <>
          <GroupBarChart data={data} dimension={label} />
          <GroupTable dimension={label} perf={q.data!} name={(key) => dimensionName(groupBy, key, locale)} />
        </>
      )}
    </ChartCard>
  );
}
