import type { Db } from "@/lib/db";
import { restorableUntil } from "./retention";

export async function listArchivedBrands({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const rows = await db.brand.findMany({
    where: { workspaceId, archivedAt: { not: null } },
    orderBy: { archivedAt: "desc" },
  });
  return rows.map((b) => ({
    slug: b.slug,
    name: b.name,
    archived_at: b.archivedAt!.toISOString(),
    restorable_until: restorableUntil(b.archivedAt!).toISOString(),
  }));
}
export type ArchivedBrandDto = Awaited<ReturnType<typeof listArchivedBrands>>[number];
