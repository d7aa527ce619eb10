"use client";

import { ChartCard } from "@/components/charts/chart-card";
import { GroupBarChart } from "@/components/charts/group-bar-chart";
import type { Performance } from "@/lib/analytics/get-performance";
import type { AnalyticsFilters } from "./filters";
import { GroupTable } from "./series-table";
import { errorText } from "./states";
import { usePerformance } from "./use-analytics";
import { dimensionName } from "@/lib/strategy/display-names";

const DIMENSIONS = [
  { groupBy: "pillar", label: "Pillar", title: "By pillar" },
  { groupBy: "format", label: "Format", title: "By format" },
  { groupBy: "hook", label: "Hook template", title: "By hook", wide: true },
] as const;

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
  label,
  title,
  wide,
}: {
  filters: AnalyticsFilters;
  groupBy: Performance["group_by"];
  label: string;
  title: string;
  wide?: boolean;
}) {
  const q = usePerformance(filters, groupBy);
  const data = [...(q.data?.series ?? [])]
    .sort((a, b) => b.engagement_rate - a.engagement_rate)
    .slice(0, 12)
    .map((s) => ({ ...s, key: dimensionName(groupBy, s.key) }));
  return (
    <ChartCard
      testId={`chart-by-${groupBy}`}
      className={wide ? "lg:col-span-2" : ""}
      title={title}
      description="Engagement rate (left axis) and impressions (right axis), best first."
      loading={q.isPending}
      error={q.error ? errorText(q.error) : null}
    >
      {data.length === 0 ? (
        <p className="py-10 text-center text-sm text-slate-500">No posts in this range.</p>
      ) : (
        <>
          <GroupBarChart data={data} dimension={label} />
          <GroupTable dimension={label.toLowerCase()} perf={q.data!} name={(key) => dimensionName(groupBy, key)} />
        </>
      )}
    </ChartCard>
  );
}
