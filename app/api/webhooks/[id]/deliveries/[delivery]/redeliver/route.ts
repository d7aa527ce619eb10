import { json, withAuth, type JsonOf } from "@/lib/http";
import { outboxDeps } from "@/lib/wiring/outbox-deps";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";

export type RedeliveryResponse = JsonOf<typeof redeliverWebhook>;

export const POST = withAuth<{ id: string; delivery: string }>(
  async ({ db, auth, params, now }) =>
    json(
      await redeliverWebhook(outboxDeps(db, now), {
        workspaceId: auth.workspaceId,
        endpointId: params.id,
        deliveryId: params.delivery,
      }),
    ),
  { role: "owner" },
);
