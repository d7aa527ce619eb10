import { csvDocument } from "@/lib/csv";
import type { Performance } from "./get-performance";

const COLUMNS = [
  "posts",
  "impressions",
  "reach",
  "clicks",
  "reactions",
  "comments",
  "shares",
  "engagements",
  "engagement_rate",
] as const;

export function performanceCsv(perf: Performance): string {
  const rows = [...perf.series, { key: "total", ...perf.totals }].map((row) => [
    row.key,
    ...COLUMNS.map((c) => row[c]),
  ]);
  return csvDocument([[perf.group_by, ...COLUMNS], ...rows]);
}
