import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UpdateBrandInput } from "@/lib/schemas/brands";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { brandData } from "./brand-data";
import { resolveBrand } from "./resolve-brand";

export async function updateBrand({
  db,
  actor,
  ref,
  input,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  input: UpdateBrandInput;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  if (input.name && input.name.toLowerCase() !== brand.name.toLowerCase()) {
    const clash = await db.brand.findFirst({
      where: {
        workspaceId: actor.workspaceId,
        name: { equals: input.name, mode: "insensitive" },
        id: { not: brand.id },
      },
    });
    if (clash)
      throw new AppError("conflict", `A brand named "${clash.name}" already exists.`, [
        { path: "name", message: "already used" },
      ]);
  }
  const updated = await db.brand.update({ where: { id: brand.id }, data: brandData(input) });
  await recordEvent(db, actor, {
    action: "brand.update",
    entityType: "brand",
    entityId: brand.id,
    data: { fields: Object.keys(input) },
  });
  return updated;
}
