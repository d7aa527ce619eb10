import { Prisma } from "@/lib/generated/prisma/client";
import type { UpdateBrandInput } from "@/lib/schemas/brands";

/** snake_case API fields to Prisma columns; only the fields present are written. */
export function brandData(input: UpdateBrandInput): Prisma.BrandUpdateInput {
  const d: Prisma.BrandUpdateInput = {};
  if (input.name !== undefined) d.name = input.name;
  if (input.positioning !== undefined) d.positioning = input.positioning;
  if (input.target_audience !== undefined) d.targetAudience = input.target_audience;
  if (input.audience_name !== undefined) d.audienceName = input.audience_name || null;
  if (input.value_props !== undefined) d.valueProps = input.value_props;
  if (input.tone !== undefined) d.tone = input.tone;
  if (input.language !== undefined) d.language = input.language;
  if (input.timezone !== undefined) d.timezone = input.timezone;
  if (input.cta_targets !== undefined) d.ctaTargets = input.cta_targets;
  if (input.website !== undefined) d.website = input.website;
  if (input.feed_urls !== undefined) d.feedUrls = input.feed_urls;
  if (input.keywords !== undefined) d.keywords = input.keywords;
  if (input.hashtags_always !== undefined) d.hashtagsAlways = input.hashtags_always;
  if (input.hashtags_never !== undefined) d.hashtagsNever = input.hashtags_never;
  if (input.publish_times !== undefined) d.publishTimes = input.publish_times;
  if (input.posting_hours !== undefined) {
    d.postingStartHour = input.posting_hours.start;
    d.postingEndHour = input.posting_hours.end;
  }
  if (input.signal_mode !== undefined) d.signalMode = input.signal_mode;
  if (input.ab_tests !== undefined) d.abTests = input.ab_tests === null ? Prisma.DbNull : input.ab_tests;
  if (input.primary_color !== undefined) d.primaryColor = input.primary_color;
  if (input.accent_color !== undefined) d.accentColor = input.accent_color;
  if (input.logo_media_id !== undefined) d.logoMediaId = input.logo_media_id;
  return d;
}
