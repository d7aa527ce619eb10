import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { restorableUntil } from "@/lib/brands/retention";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { connectionDto } from "./connection-dto";
import { checkConnection, type CheckDeps } from "./check-connection";
import { msg } from "@/lib/i18n/render-text";

const RESTORE_REASON = (why: string) =>
  `Restoring the connection found the token refused (${why}): reconnect the account.`;

/**
 * Brings back a disconnected connection. Its token may have been revoked on disconnect or have expired
 * since, so the network is asked first: a refused token comes back as needs_reconnect, and a network that
 * cannot be asked leaves it archived (restoring it would claim a connection nobody checked).
 */
export async function restoreConnection({
  db,
  actor,
  ref,
  id,
  now,
  check,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  id: string;
  now: Date;
  check: Omit<CheckDeps, "db" | "now">;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  const conn = await db.channelConnection.findFirst({ where: { id, brandId: brand.id, archivedAt: { not: null } } });
  if (!conn) throw notFound("archivedConnection");
  if (restorableUntil(conn.archivedAt!) < now) {
    throw new AppError("conflict", msg("errors.connections.tooOld"));
  }
  // The sandbox has no tokens to refuse: it always passes.
  const checked =
    conn.platform === "sandbox"
      ? "verified"
      : (await checkConnection({ ...check, db, now }, id, RESTORE_REASON)).result;
  if (checked === "unreachable" || checked === "unchecked") {
    throw new AppError("service_unavailable", msg("errors.connections.restoreUnchecked"));
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.channelConnection.updateMany({
      where: { id, archivedAt: { not: null } },
      data: { archivedAt: null, ...(conn.platform === "sandbox" ? { lastCheckedAt: now } : {}) },
    });
    if (count === 0) throw notFound("archivedConnection");
    await recordEvent(tx, actor, {
      action: "connection.restore",
      entityType: "connection",
      entityId: id,
      data: { brand: brand.slug, platform: conn.platform, check: checked },
    });
    return connectionDto(await tx.channelConnection.findUniqueOrThrow({ where: { id } }), now);
  });
}
