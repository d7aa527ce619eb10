import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { listDeliveriesQuery } from "@/lib/schemas/webhooks";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";

export type DeliveriesResponse = JsonOf<typeof listDeliveries>;

export const GET = withAuth<{ id: string }>(
  async ({ req, db, auth, params }) =>
    json(
      await listDeliveries({
        db,
        workspaceId: auth.workspaceId,
        endpointId: params.id,
        ...readQuery(req, listDeliveriesQuery),
      }),
    ),
  { role: "owner" },
);
