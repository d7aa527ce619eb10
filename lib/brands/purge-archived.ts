import type { Db } from "@/lib/db";
import { ARCHIVE_RETENTION_DAYS } from "./retention";

/** The retention cleanup: brands and connections archived more than 30 days ago are removed for good. */
export async function purgeArchived({ db, now }: { db: Db; now: Date }) {
  const cutoff = new Date(now.getTime() - ARCHIVE_RETENTION_DAYS * 86_400_000);
  const connections = await db.channelConnection.deleteMany({ where: { archivedAt: { lt: cutoff } } });
  const brands = await db.brand.deleteMany({ where: { archivedAt: { lt: cutoff } } });
  return { brands: brands.count, connections: connections.count };
}
