import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { createWebhookSchema } from "@/lib/schemas/webhooks";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";

export type WebhooksResponse = { webhooks: JsonOf<typeof listWebhooks> };
export type CreatedWebhookResponse = JsonOf<typeof createWebhook>;

export const GET = withAuth(
  async ({ db, auth }) => json({ webhooks: await listWebhooks({ db, workspaceId: auth.workspaceId }) }),
  {
    role: "owner",
  },
);

export const POST = withAuth(
  async ({ req, db, auth }) => {
    const input = await readJson(req, createWebhookSchema);
    return json(await createWebhook({ db, actor: auth.actor, input, keyRing: keyRingFromEnv() }), 201);
  },
  { role: "owner" },
);
