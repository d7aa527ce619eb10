"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslations } from "next-intl";
import { useFormats } from "@/components/i18n/formats";
import { truncate } from "./format";

interface GroupRow {
  key: string;
  impressions: number;
  engagement_rate: number;
  posts: number;
}

const RATE_COLOR = "#0f766e";
const IMPRESSIONS_COLOR = "#94a3b8";

/** Engagement rate (left axis, %) next to impressions (right axis) for each option of a dimension. */
export function GroupBarChart({
  data,
  dimension,
  height = 300,
}: {
  data: GroupRow[];
  dimension: string;
  height?: number;
}) {
  const t = useTranslations("analytics.chart");
  const f = useFormats();
  const angled = data.length > 4;
  return (
    <div role="img" aria-label={t("groupLabel", { dimension })}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 20, left: 8 }} barGap={2}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="key"
            interval={0}
            tickFormatter={(k: string) => truncate(k, angled ? 12 : 16)}
            tick={{ fontSize: 10, fill: "#475569" }}
            angle={angled ? -35 : 0}
            textAnchor={angled ? "end" : "middle"}
            height={angled ? 64 : 30}
            label={{ value: dimension, position: "insideBottom", offset: -14, fontSize: 11, fill: "#64748b" }}
          />
          <YAxis
            yAxisId="rate"
            tickFormatter={f.percentTick}
            tick={{ fontSize: 11, fill: "#475569" }}
            width={48}
            label={{
              value: t("rateAxis"),
              angle: -90,
              position: "insideLeft",
              fontSize: 11,
              fill: "#64748b",
              style: { textAnchor: "middle" },
            }}
          />
          <YAxis
            yAxisId="impressions"
            orientation="right"
            tickFormatter={f.compact}
            tick={{ fontSize: 11, fill: "#475569" }}
            width={52}
            label={{
              value: t("impressions"),
              angle: 90,
              position: "insideRight",
              fontSize: 11,
              fill: "#64748b",
              style: { textAnchor: "middle" },
            }}
          />
          <Tooltip
            formatter={(v, name) =>
              typeof v === "number" ? (name === t("rate") ? f.percent(v) : f.number(v)) : String(v ?? "–")
            }
            labelFormatter={(k, payload) => {
              const posts = (payload?.[0]?.payload as GroupRow | undefined)?.posts;
              return posts !== undefined ? `${String(k)} (${posts} posts)` : String(k);
            }}
            contentStyle={{ fontSize: 12, borderRadius: 8 }}
          />
          <Legend verticalAlign="top" height={28} itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
          <Bar
            yAxisId="rate"
            dataKey="engagement_rate"
            name={t("rate")}
            fill={RATE_COLOR}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
          <Bar
            yAxisId="impressions"
            dataKey="impressions"
            name={t("impressions")}
            fill={IMPRESSIONS_COLOR}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
