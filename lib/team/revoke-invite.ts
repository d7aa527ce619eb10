import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordEvent, type Actor } from "@/lib/audit/record-event";

export async function revokeInvite({ db, actor, id, now }: { db: Db; actor: Actor; id: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({
      where: { id, workspaceId: actor.workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw notFound("pendingInvite");
    await recordEvent(tx, actor, { action: "invite.revoke", entityType: "invite", entityId: id });
    return { revoked: true };
  });
}
