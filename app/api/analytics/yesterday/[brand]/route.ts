import { json, withAuth } from "@/lib/http";
import { getYesterday } from "@/lib/analytics/get-yesterday";

export const GET = withAuth<{ brand: string }>(async ({ db, auth, params, now }) =>
  json(await getYesterday({ db, workspaceId: auth.workspaceId, ref: params.brand, now })),
);
