import { json, withAuth } from "@/lib/http";
import { getActivePlan } from "@/lib/plans/get-active-plan";

export const GET = withAuth<{ brand: string }>(async ({ db, auth, params }) =>
  json(await getActivePlan({ db, workspaceId: auth.workspaceId, ref: params.brand })),
);
