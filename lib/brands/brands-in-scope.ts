import type { Db } from "@/lib/db";
import { resolveBrand } from "./resolve-brand";

/** The brand a request names (by slug or name, any case, as everywhere in the API), or every live brand. */
export async function brandsInScope(db: Db, workspaceId: string, brandRef?: string) {
  if (brandRef) return [await resolveBrand({ db, workspaceId, ref: brandRef })];
  return db.brand.findMany({
    where: { workspaceId, archivedAt: null },
    select: { id: true, slug: true, timezone: true },
  });
}
