import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface Actor {
  workspaceId: string;
  userId: string | null;
  label: string;
}

type Tx = Pick<Db, "auditEvent">;

export function recordEvent(
  db: Tx,
  actor: Actor,
  event: { action: string; entityType: string; entityId: string; data?: Prisma.InputJsonValue },
) {
  return db.auditEvent.create({
    data: {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      actorLabel: actor.label,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      data: event.data,
    },
  });
}
