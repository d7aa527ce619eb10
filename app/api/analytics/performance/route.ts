import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { getPerformance } from "@/lib/analytics/get-performance";
import { performanceCsv } from "@/lib/analytics/performance-csv";
import { performanceQuery } from "@/lib/schemas/analytics";

export type PerformanceResponse = JsonOf<typeof getPerformance>;

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
    return new Response(performanceCsv(perf), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="performance-${q.from}-${q.to}.csv"`,
      },
    });
  }
  return json(perf);
});
