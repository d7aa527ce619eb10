import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { brandDto } from "./brand-dto";
import { resolveBrand } from "./resolve-brand";
import { restorableUntil } from "./retention";
import { msg } from "@/lib/i18n/render-text";

export async function restoreBrand({ db, actor, ref, now }: { db: Db; actor: Actor; ref: string; now: Date }) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref, archived: true });
  if (restorableUntil(brand.archivedAt!) < now) {
    throw new AppError("conflict", msg("errors.brands.tooOld", { name: brand.name }));
  }
  const clash = await db.brand.findFirst({
    where: {
      workspaceId: actor.workspaceId,
      archivedAt: null,
      name: { equals: brand.name, mode: "insensitive" },
    },
  });
  if (clash) throw new AppError("conflict", msg("errors.brands.nameBack", { name: clash.name }));
  return db.$transaction(async (tx) => {
    const restored = await tx.brand.update({ where: { id: brand.id }, data: { archivedAt: null } });
    await recordEvent(tx, actor, {
      action: "brand.restore",
      entityType: "brand",
      entityId: brand.id,
      data: { name: brand.name, slug: brand.slug },
    });
    return brandDto(restored);
  });
}
