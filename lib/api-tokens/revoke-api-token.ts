import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordEvent, type Actor } from "@/lib/audit/record-event";

export async function revokeApiToken({ db, actor, id, now }: { db: Db; actor: Actor; id: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id, workspaceId: actor.workspaceId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw notFound("apiToken");
    await recordEvent(tx, actor, { action: "token.revoke", entityType: "api_token", entityId: id });
    return { revoked: true };
  });
}
