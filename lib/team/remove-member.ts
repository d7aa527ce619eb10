import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { assertNotLastOwner } from "./lock-owners";

/** Removes the membership and revokes the API tokens the person made here; their account, posts and comments stay. */
export async function removeMember({ db, actor, userId }: { db: Db; actor: Actor; userId: string }) {
  return db.$transaction(async (tx) => {
    const m = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId: actor.workspaceId } },
      include: { user: { select: { email: true } } },
    });
    if (!m) throw notFound("member");
    if (m.role === "owner") await assertNotLastOwner(tx, actor.workspaceId, userId, "removed");
    await tx.membership.delete({ where: { id: m.id } });
    const tokens = await tx.apiToken.updateMany({
      where: { workspaceId: actor.workspaceId, createdById: userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordEvent(tx, actor, {
      action: "member.remove",
      entityType: "user",
      entityId: userId,
      data: { role: m.role, email: m.user.email, revoked_tokens: tokens.count },
    });
    return { removed: true };
  });
}
