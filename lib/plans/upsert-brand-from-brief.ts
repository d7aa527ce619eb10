import type { Db } from "@/lib/db";
import type { Brand } from "@/lib/generated/prisma/client";
import type { GenerateStrategyInput } from "@/lib/schemas/strategy";
import { slugify } from "@/lib/workspaces/slugify";
import { findBrandByName } from "@/lib/brands/find-brand-by-name";
import { assertKnownTimezone } from "@/lib/brands/check-timezone";
import { keepLocalTimes } from "@/lib/brands/keep-local-times";
import { freeSlug } from "@/lib/brands/free-slug";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { brandColumns } from "@/lib/brands/brand-columns";
import { DEFAULT_POSTING_HOURS } from "@/lib/strategy/posting-hours";
import { briefFromBrand } from "./brief-from-brand";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";

/** The original service names brands in the brief: create it, or refresh its brief fields, by name. */
export async function upsertBrandFromBrief(db: Db, actor: Actor, input: GenerateStrategyInput): Promise<Brand> {
  if (input.timezone) await assertKnownTimezone(db, input.timezone);
  const existing = await findBrandByName(db, actor.workspaceId, input.brand_name);
  const known = existing ? brandColumns(existing).ctaTargets : [];
  const website = input.website ?? existing?.website ?? null;
  const ctaTargets = input.cta_targets.map((t, i) => {
    if (typeof t !== "string") return t;
    const found = known.find((k) => k.key === t);
    if (found) return found;
    // A made-up address would be published on every post that carries this CTA.
    if (!website)
      throw new AppError("validation_error", msg("errors.brands.ctaWithoutUrl", { key: t }), [
        { path: `cta_targets.${i}`, message: msg("errors.detail.ctaWithoutUrl") },
      ]);
    return { key: t, url: `${website.replace(/\/$/, "")}/${slugify(t)}` };
  });
  const fields = {
    ...(input.website ? { website: input.website } : {}),
    positioning: input.positioning,
    targetAudience: input.target_audience,
    ...(input.audience_name !== undefined ? { audienceName: input.audience_name || null } : {}),
    valueProps: input.value_props,
    ...(input.keywords ? { keywords: input.keywords } : {}),
    tone: input.tone,
    language: input.language,
    ctaTargets,
    ...(input.timezone ? { timezone: input.timezone } : {}),
  };
  // The brand as it would be saved must make a valid brief, or the plan would fail after the brand changed.
  briefFromBrand({
    ...(existing ?? {
      name: input.brand_name,
      audienceName: null,
      website: input.website ?? null,
      keywords: [],
      hashtagsAlways: [],
      hashtagsNever: [],
      publishTimes: {},
      postingStartHour: DEFAULT_POSTING_HOURS.start,
      postingEndHour: DEFAULT_POSTING_HOURS.end,
    }),
    timezone: existing?.timezone ?? "UTC",
    ...fields,
  });
  if (existing) {
    return db.$transaction(async (tx) => {
      const updated = await tx.brand.update({ where: { id: existing.id }, data: fields });
      const rescheduled = await keepLocalTimes(tx, existing.id, existing.timezone, updated.timezone);
      await recordEvent(tx, actor, {
        action: "brand.update",
        entityType: "brand",
        entityId: existing.id,
        data: { via: "strategy.generate", ...(rescheduled ? { rescheduled } : {}) },
      });
      return updated;
    });
  }
  const slug = await freeSlug(db, actor.workspaceId, input.brand_name);
  return db.$transaction(async (tx) => {
    const created = await tx.brand.create({
      data: {
        workspaceId: actor.workspaceId,
        slug,
        name: input.brand_name,
        timezone: input.timezone ?? "UTC",
        publishTimes: {},
        ...fields,
      },
    });
    await recordEvent(tx, actor, {
      action: "brand.create",
      entityType: "brand",
      entityId: created.id,
      data: { via: "strategy.generate" },
    });
    return created;
  });
}
