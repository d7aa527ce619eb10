import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { encryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import type { CreateWebhookInput } from "@/lib/schemas/webhooks";
import { isSlackUrl, newWebhookSecret } from "./sign-webhook";
import { refusedOutboundUrl } from "@/lib/net/outbound-fetch";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";

/** The signing secret is returned once; it is stored sealed, bound to the endpoint's id. */
export async function createWebhook({
  db,
  actor,
  input,
  keyRing,
}: {
  db: Db;
  actor: Actor;
  input: CreateWebhookInput;
  keyRing: KeyRing;
}) {
  const refused = refusedOutboundUrl(input.url);
  if (refused)
    throw new AppError("validation_error", msg("errors.webhooks.privateUrl"), [{ path: "url", message: refused }]);
  const id = randomUUID();
  const secret = newWebhookSecret();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: {
        id,
        workspaceId: actor.workspaceId,
        url: input.url,
        events: input.events,
        secretEnc: encryptSecret(keyRing, secret, id),
      },
    });
    await recordEvent(tx, actor, {
      action: "webhook.create",
      entityType: "webhook",
      entityId: id,
      data: { events: input.events },
    });
    return created;
  });
  return { id: row.id, url: row.url, events: row.events, slack: isSlackUrl(row.url), secret };
}
