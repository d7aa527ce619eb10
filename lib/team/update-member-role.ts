import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { assertNotLastOwner } from "./lock-owners";

export async function updateMemberRole({
  db,
  actor,
  userId,
  role,
}: {
  db: Db;
  actor: Actor;
  userId: string;
  role: Role;
}) {
  return db.$transaction(async (tx) => {
    const m = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId: actor.workspaceId } },
      include: { user: { select: { email: true } } },
    });
    if (!m) throw notFound("member");
    if (m.role === "owner" && role !== "owner") await assertNotLastOwner(tx, actor.workspaceId, userId, "demoted");
    await tx.membership.update({ where: { id: m.id }, data: { role } });
    await recordEvent(tx, actor, {
      action: "member.role",
      entityType: "user",
      entityId: userId,
      data: { from: m.role, to: role, email: m.user.email },
    });
    return { id: userId, role };
  });
}
