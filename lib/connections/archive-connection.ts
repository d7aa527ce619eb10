import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { restorableUntil } from "@/lib/brands/retention";
import { recordEvent, type Actor } from "@/lib/audit/record-event";

/** Disconnecting archives the connection: it is never used again unless restored within 30 days. */
export async function archiveConnection({
  db,
  actor,
  ref,
  id,
  now,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  id: string;
  now: Date;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  return db.$transaction(async (tx) => {
    const { count } = await tx.channelConnection.updateMany({
      where: { id, brandId: brand.id, archivedAt: null },
      data: { archivedAt: now },
    });
    if (count === 0) throw notFound("Connection");
    await recordEvent(tx, actor, {
      action: "connection.archive",
      entityType: "connection",
      entityId: id,
      data: { brand: brand.slug },
    });
    return { archived: true, restorable_until: restorableUntil(now).toISOString() };
  });
}
