import { json, withAuth, type JsonOf } from "@/lib/http";
import { getBestTimes } from "@/lib/analytics/get-best-times";

export type BestTimesResponse = JsonOf<typeof getBestTimes>;

export const GET = withAuth<{ brand: string }>(async ({ db, auth, params, now }) =>
  json(await getBestTimes({ db, workspaceId: auth.workspaceId, ref: params.brand, now })),
);
