"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";

export type SeriesRow = { date: string } & Record<string, number | string | null>;
interface LineSeries {
  key: string;
  label: string;
  color: string;
}

/** One line per series over days; missing days are gaps bridged by the line, not zeros. */
export function TimeSeriesChart({
  data,
  series,
  unit,
  yLabel,
  height = 280,
}: {
  data: SeriesRow[];
  series: LineSeries[];
  unit: "count" | "percent";
  yLabel: string;
  height?: number;
}) {
  const t = useTranslations("analytics.chart");
  const f = useFormats();
  const tick = unit === "percent" ? f.percentTick : f.compact;
  const full = (v: number) => (unit === "percent" ? f.percent(v) : f.number(v));
  return (
    <div role="img" aria-label={t("seriesLabel", { label: yLabel })}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 16 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis
            dataKey="date"
            tickFormatter={(d: string) => f.day(d)}
            tick={{ fontSize: 11, fill: "#475569" }}
            minTickGap={24}
            label={{ value: t("postDate"), position: "insideBottom", offset: -16, fontSize: 11, fill: "#64748b" }}
          />
          <YAxis
            tickFormatter={tick}
            tick={{ fontSize: 11, fill: "#475569" }}
            width={56}
            label={{
              value: yLabel,
              angle: -90,
              position: "insideLeft",
              offset: -4,
              fontSize: 11,
              fill: "#64748b",
              style: { textAnchor: "middle" },
            }}
          />
          <Tooltip
            labelFormatter={(d) => f.day(String(d), true)}
            formatter={(v) => (typeof v === "number" ? full(v) : String(v ?? "–"))}
            itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)}
            contentStyle={{ fontSize: 12, borderRadius: 8 }}
          />
          <Legend verticalAlign="top" height={28} iconType="square" itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              dot={data.length <= 31 ? { r: 2.5 } : false}
              activeDot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
