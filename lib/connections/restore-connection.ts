import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { restorableUntil } from "@/lib/brands/retention";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { connectionDto } from "./connection-dto";
import { msg } from "@/lib/i18n/render-text";

export async function restoreConnection({
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
  const conn = await db.channelConnection.findFirst({ where: { id, brandId: brand.id, archivedAt: { not: null } } });
  if (!conn) throw notFound("archivedConnection");
  if (restorableUntil(conn.archivedAt!) < now) {
    throw new AppError("conflict", msg("errors.connections.tooOld"));
  }
  return db.$transaction(async (tx) => {
    const restored = await tx.channelConnection.update({ where: { id }, data: { archivedAt: null } });
    await recordEvent(tx, actor, {
      action: "connection.restore",
      entityType: "connection",
      entityId: id,
      data: { brand: brand.slug, platform: conn.platform },
    });
    return connectionDto(restored, now);
  });
}
