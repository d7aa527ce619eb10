import type { Db } from "@/lib/db";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { resolveBrand } from "./resolve-brand";

export async function deleteBrand({ db, actor, ref }: { db: Db; actor: Actor; ref: string }) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  await db.brand.delete({ where: { id: brand.id } });
  await recordEvent(db, actor, {
    action: "brand.delete",
    entityType: "brand",
    entityId: brand.id,
    data: { name: brand.name },
  });
}
