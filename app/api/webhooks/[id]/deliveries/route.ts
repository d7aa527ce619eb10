import { json, withAuth, type JsonOf } from "@/lib/http";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";

export type DeliveriesResponse = { deliveries: JsonOf<typeof listDeliveries> };

export const GET = withAuth<{ id: string }>(
  async ({ db, auth, params }) =>
    json({ deliveries: await listDeliveries({ db, workspaceId: auth.workspaceId, endpointId: params.id }) }),
  { role: "owner" },
);
