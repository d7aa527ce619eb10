import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findBrandByName } from "./find-brand-by-name";

/** `{brand}` is the slug; the brand's name (URL-decoded, any case) also resolves, as in the original service. */
export async function resolveBrand({ db, workspaceId, ref }: { db: Db; workspaceId: string; ref: string }) {
  const decoded = safeDecode(ref).trim();
  const brand =
    (await db.brand.findUnique({ where: { workspaceId_slug: { workspaceId, slug: decoded.toLowerCase() } } })) ??
    (await findBrandByName(db, workspaceId, decoded));
  if (!brand) throw notFound(`Brand "${decoded}"`);
  return brand;
}

function safeDecode(s: string) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
