import { csvDocument, type CsvDelimiter } from "@/lib/csv";
import type { Performance } from "./get-performance";
import { TOTAL_COLUMNS } from "./metrics-sql";

export function performanceCsv(perf: Performance, delimiter: CsvDelimiter = ","): string {
  const rows = [...perf.series, { key: "total", ...perf.totals }].map((row) => [
    row.key,
    ...TOTAL_COLUMNS.map((c) => row[c]),
  ]);
  return csvDocument([[perf.group_by, ...TOTAL_COLUMNS], ...rows], { delimiter });
}
