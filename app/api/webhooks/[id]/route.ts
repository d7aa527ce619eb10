import { json, withAuth, type JsonOf } from "@/lib/http";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";

export type DeletedWebhookResponse = JsonOf<typeof deleteWebhook>;

export const DELETE = withAuth<{ id: string }>(
  async ({ db, auth, params, now }) => json(await deleteWebhook({ db, actor: auth.actor, id: params.id, now })),
  { role: "owner" },
);
