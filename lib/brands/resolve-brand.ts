import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findBrandByName } from "./find-brand-by-name";

/**
 * `{brand}` is the slug; the brand's name (URL-decoded, any case) also resolves, as in the original service.
 * An archived brand is invisible unless `archived` asks for exactly those (to restore one).
 */
export async function resolveBrand({
  db,
  workspaceId,
  ref,
  archived = false,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  archived?: boolean;
}) {
  const decoded = safeDecode(ref).trim();
  const archivedAt = archived ? { not: null } : null;
  const brand =
    (await db.brand.findFirst({ where: { workspaceId, slug: decoded.toLowerCase(), archivedAt } })) ??
    (await findBrandByName(db, workspaceId, decoded));
  if (!brand || !!brand.archivedAt !== archived) throw notFound(archived ? "archivedBrand" : "brand", { ref: decoded });
  return brand;
}

function safeDecode(s: string) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
