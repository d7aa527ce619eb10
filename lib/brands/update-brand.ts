import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UpdateBrandInput } from "@/lib/schemas/brands";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { brandData } from "./brand-data";
import { assertBrandLogo } from "./check-logo";
import { assertKnownTimezone } from "./check-timezone";
import { assertFetchableFeeds } from "./check-feed-urls";
import { keepLocalTimes } from "./keep-local-times";
import { findBrandByName } from "./find-brand-by-name";
import { resolveBrand } from "./resolve-brand";
import { msg } from "@/lib/i18n/render-text";

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
    const clash = await findBrandByName(db, actor.workspaceId, input.name);
    if (clash && clash.id !== brand.id)
      throw new AppError("conflict", msg("errors.brands.nameTaken", { name: clash.name }), [
        { path: "name", message: msg("errors.detail.alreadyUsed") },
      ]);
  }
  if (input.timezone !== undefined) await assertKnownTimezone(db, input.timezone);
  assertFetchableFeeds(input.feed_urls, brand.feedUrls);
  // an unchanged logo is not checked again: the brief stays savable after its image left the library
  if (input.logo_media_id && input.logo_media_id !== brand.logoMediaId)
    await assertBrandLogo(db, actor.workspaceId, brand.id, input.logo_media_id);
  return db.$transaction(async (tx) => {
    const updated = await tx.brand.update({ where: { id: brand.id }, data: brandData(input) });
    const rescheduled = await keepLocalTimes(tx, brand.id, brand.timezone, updated.timezone);
    await recordEvent(tx, actor, {
      action: "brand.update",
      entityType: "brand",
      entityId: brand.id,
      data: { fields: Object.keys(input), ...(rescheduled ? { rescheduled } : {}) },
    });
    return updated;
  });
}
