import type { Db } from "@/lib/db";
import { slugify } from "@/lib/workspaces/slugify";

/**
 * A slug for a new brand named `name` that no brand of the workspace holds, archived ones included: two
 * names that read alike in ASCII ("Café", "Cafe!", or any two names in Japanese) get "-2", "-3"….
 */
export async function freeSlug(db: Pick<Db, "brand">, workspaceId: string, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (
      await db.brand.findMany({
        where: { workspaceId, slug: { startsWith: base } },
        select: { slug: true },
      })
    ).map((b) => b.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
