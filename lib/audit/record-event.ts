import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface Actor {
  workspaceId: string;
  userId: string | null;
  /** what the activity log stores: a member's email, "token:<name>", or a worker's name */
  label: string;
  /** a member's display name, for what people read (notification titles); the label when absent */
  name?: string;
}

/** How a notification names who acted. */
export const actorName = (actor: Actor) => actor.name ?? actor.label;

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
