import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/audit/record-event";
import { recordEvent } from "@/lib/audit/record-event";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { AppError } from "@/lib/errors";
import type { CompetitorInput } from "@/lib/schemas/listening";
import { msg } from "@/lib/i18n/render-text";
import { networkName } from "@/lib/strategy/network-names";

/** At most this many competitors per brand: each costs a few API calls a day on the brand's token. */
export const MAX_COMPETITORS = 20;

export async function addCompetitor({
  db,
  actor,
  ref,
  input,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  input: CompetitorInput;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  if ((await db.competitorAccount.count({ where: { brandId: brand.id, removedAt: null } })) >= MAX_COMPETITORS)
    throw new AppError("conflict", msg("errors.listening.maxCompetitors", { max: MAX_COMPETITORS }));
  const existing = await db.competitorAccount.findFirst({
    where: { brandId: brand.id, platform: input.platform, handle: { equals: input.handle, mode: "insensitive" } },
  });
  if (existing && !existing.removedAt)
    throw new AppError(
      "conflict",
      msg("errors.listening.alreadyFollows", {
        brand: brand.name,
        handle: existing.handle,
        platform: networkName(input.platform),
      }),
    );
  const row = existing
    ? await db.competitorAccount.update({ where: { id: existing.id }, data: { removedAt: null } })
    : await db.competitorAccount.create({
        data: { workspaceId: actor.workspaceId, brandId: brand.id, platform: input.platform, handle: input.handle },
      });
  await recordEvent(db, actor, {
    action: "competitor.add",
    entityType: "brand",
    entityId: brand.id,
    data: { platform: input.platform, handle: input.handle },
  });
  return competitorDto(row);
}

export function competitorDto(c: {
  id: string;
  platform: string;
  handle: string;
  displayName: string | null;
  lastCollectedAt: Date | null;
  nextCollectAt: Date | null;
  lastError: string | null;
}) {
  return {
    id: c.id,
    platform: c.platform,
    handle: c.handle,
    name: c.displayName ?? c.handle,
    last_collected_at: c.lastCollectedAt,
    next_collect_at: c.nextCollectAt,
    last_error: c.lastError,
  };
}
