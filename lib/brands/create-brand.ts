import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CreateBrandInput } from "@/lib/schemas/brands";
import { freeSlug } from "./free-slug";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { assertBrandLogo } from "./check-logo";
import { assertKnownTimezone } from "./check-timezone";
import { assertFetchableFeeds } from "./check-feed-urls";
import { findBrandByName } from "./find-brand-by-name";
import { msg } from "@/lib/i18n/render-text";

export async function createBrand({ db, actor, input }: { db: Db; actor: Actor; input: CreateBrandInput }) {
  await assertKnownTimezone(db, input.timezone);
  assertFetchableFeeds(input.feed_urls);
  if (input.logo_media_id) await assertBrandLogo(db, actor.workspaceId, null, input.logo_media_id);
  const clash = await findBrandByName(db, actor.workspaceId, input.name);
  if (clash)
    throw new AppError(
      "conflict",
      msg(clash.archivedAt ? "errors.brands.archivedName" : "errors.brands.nameTaken", { name: clash.name }),
      [{ path: "name", message: msg(clash.archivedAt ? "errors.detail.archivedName" : "errors.detail.alreadyUsed") }],
    );
  const slug = await freeSlug(db, actor.workspaceId, input.name);
  // The event is written with the change, so the log has exactly one entry per brand created.
  return db.$transaction(async (tx) => {
    const brand = await tx.brand.create({
      data: {
        workspaceId: actor.workspaceId,
        slug,
        name: input.name,
        positioning: input.positioning,
        targetAudience: input.target_audience,
        audienceName: input.audience_name || null,
        valueProps: input.value_props,
        tone: input.tone,
        language: input.language,
        timezone: input.timezone,
        ctaTargets: input.cta_targets,
        website: input.website ?? null,
        feedUrls: input.feed_urls ?? [],
        keywords: input.keywords ?? [],
        hashtagsAlways: input.hashtags_always ?? [],
        hashtagsNever: input.hashtags_never ?? [],
        publishTimes: input.publish_times ?? {},
        postingStartHour: input.posting_hours?.start,
        postingEndHour: input.posting_hours?.end,
        signalMode: input.signal_mode ?? "suggest",
        abTests: input.ab_tests ?? undefined,
        primaryColor: input.primary_color ?? null,
        accentColor: input.accent_color ?? null,
      },
    });
    await recordEvent(tx, actor, { action: "brand.create", entityType: "brand", entityId: brand.id });
    return brand;
  });
}
