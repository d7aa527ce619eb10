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
  const lines = [[perf.group_by, ...COLUMNS].join(",")];
  for (const row of [...perf.series, { key: "total", ...perf.totals }]) {
    const key = /[",\n]/.test(row.key) ? `"${row.key.replace(/"/g, '""')}"` : row.key;
    lines.push([key, ...COLUMNS.map((c) => row[c])].join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
