import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { competitorDto } from "./add-competitor";
import { COMPETITOR_NETWORKS } from "./get-competitor-report";

export async function listCompetitors({ db, workspaceId, ref }: { db: Db; workspaceId: string; ref: string }) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const rows = await db.competitorAccount.findMany({
    where: { workspaceId, brandId: brand.id, removedAt: null },
    orderBy: [{ platform: "asc" }, { handle: "asc" }],
  });
  return { brand: brand.slug, networks_allowed: COMPETITOR_NETWORKS, competitors: rows.map(competitorDto) };
}
