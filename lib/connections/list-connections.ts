import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { connectionDto } from "./connection-dto";

export async function listConnections({
  db,
  workspaceId,
  ref,
  now,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  now: Date;
}) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const rows = await db.channelConnection.findMany({ where: { brandId: brand.id }, orderBy: { platform: "asc" } });
  return { brand: brand.slug, connections: rows.map((r) => connectionDto(r, now)) };
}
