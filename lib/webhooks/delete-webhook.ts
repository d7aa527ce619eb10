import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordEvent, type Actor } from "@/lib/audit/record-event";

/** Disabled, not deleted: its delivery log stays readable in the activity history. */
export async function deleteWebhook({ db, actor, id, now }: { db: Db; actor: Actor; id: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id, workspaceId: actor.workspaceId, disabledAt: null },
      data: { disabledAt: now },
    });
    if (count === 0) throw notFound("webhook");
    await recordEvent(tx, actor, { action: "webhook.delete", entityType: "webhook", entityId: id });
    return { deleted: true };
  });
}
