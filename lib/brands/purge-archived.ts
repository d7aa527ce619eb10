import type { Db } from "@/lib/db";
import { ARCHIVE_RETENTION_DAYS } from "./retention";
import { shiftInstant } from "@/lib/dates/days";

/** The retention cleanup: brands and connections archived more than 30 days ago are removed for good. */
export async function purgeArchived({ db, now }: { db: Db; now: Date }) {
  const cutoff = shiftInstant(now, -ARCHIVE_RETENTION_DAYS);
  const connections = await db.channelConnection.deleteMany({ where: { archivedAt: { lt: cutoff } } });
  const brands = await db.brand.deleteMany({ where: { archivedAt: { lt: cutoff } } });
  return { brands: brands.count, connections: connections.count };
}
