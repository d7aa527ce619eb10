import { json, withAuth, type JsonOf } from "@/lib/http";
import { getYesterday } from "@/lib/analytics/get-yesterday";

export type YesterdayResponse = JsonOf<typeof getYesterday>;

export const GET = withAuth<{ brand: string }>(async ({ db, auth, params, now }) =>
  json(await getYesterday({ db, workspaceId: auth.workspaceId, ref: params.brand, now })),
);
