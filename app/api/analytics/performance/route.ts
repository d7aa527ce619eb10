import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { getPerformance } from "@/lib/analytics/get-performance";
import { performanceCsv } from "@/lib/analytics/performance-csv";
import { performanceQuery } from "@/lib/schemas/analytics";

export type PerformanceResponse = JsonOf<typeof getPerformance>;

// The brand and network in the name: two downloads never overwrite each other nor hide what they hold.
const csvName = (p: { brand: string | null; platform: string | null; from: string; to: string }) =>
  ["performance", p.brand, p.platform, p.from, p.to].filter(Boolean).join("-") + ".csv";

export const GET = withAuth(async ({ req, db, auth }) => {
  const q = readQuery(req, performanceQuery);
  const perf = await getPerformance({
    db,
    workspaceId: auth.workspaceId,
    brandRef: q.brand,
    from: q.from,
    to: q.to,
    platform: q.platform,
    groupBy: q.group_by,
  });
  if (q.format === "csv") {
    return new Response(performanceCsv(perf, q.delimiter), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csvName(perf)}"`,
      },
    });
  }
  return json(perf);
});
