import type { Db } from "@/lib/db";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { resolveBrand } from "./resolve-brand";
import { restorableUntil } from "./retention";

/** Deleting a brand archives it: it stops publishing and leaves every list, and can be restored for 30 days. */
export async function archiveBrand({ db, actor, ref, now }: { db: Db; actor: Actor; ref: string; now: Date }) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  return db.$transaction(async (tx) => {
    await tx.brand.update({ where: { id: brand.id }, data: { archivedAt: now } });
    await recordEvent(tx, actor, {
      action: "brand.archive",
      entityType: "brand",
      entityId: brand.id,
      data: { name: brand.name, slug: brand.slug },
    });
    return { archived: true, brand: brand.slug, restorable_until: restorableUntil(now).toISOString() };
  });
}
