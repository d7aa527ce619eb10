import { json, withAuth, type JsonOf } from "@/lib/http";
import { outboxDeps } from "@/lib/wiring/outbox-deps";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";

export type TestWebhookResponse = JsonOf<typeof sendTestWebhook>;

export const POST = withAuth<{ id: string }>(
  async ({ db, auth, params, now }) =>
    json(await sendTestWebhook(outboxDeps(db, now), { workspaceId: auth.workspaceId, endpointId: params.id })),
  { role: "owner" },
);
