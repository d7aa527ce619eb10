import type { Db } from "@/lib/db";

/** The workspace's brands by name: the live ones, or with the archived too (the activity log still names them). */
export async function listBrands({
  db,
  workspaceId,
  withArchived = false,
}: {
  db: Db;
  workspaceId: string;
  withArchived?: boolean;
}) {
  return db.brand.findMany({
    where: { workspaceId, ...(withArchived ? {} : { archivedAt: null }) },
    orderBy: { name: "asc" },
  });
}
