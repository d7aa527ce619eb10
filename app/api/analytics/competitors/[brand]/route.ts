import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { getCompetitorReport } from "@/lib/listening/get-competitor-report";
import { listeningRangeQuery } from "@/lib/schemas/listening";

export type CompetitorReportResponse = JsonOf<typeof getCompetitorReport>;

export const GET = withAuth<{ brand: string }>(async ({ req, db, auth, params, now }) =>
  json(
    await getCompetitorReport({
      db,
      workspaceId: auth.workspaceId,
      ref: params.brand,
      now,
      query: readQuery(req, listeningRangeQuery),
    }),
  ),
);
