import type { Brand } from "@/lib/generated/prisma/client";
import { brandColumns } from "./brand-columns";

export function brandDto(b: Brand) {
  const c = brandColumns(b);
  return {
    id: b.id,
    slug: b.slug,
    name: b.name,
    positioning: b.positioning,
    target_audience: b.targetAudience,
    audience_name: b.audienceName,
    value_props: b.valueProps,
    tone: b.tone,
    language: c.language,
    timezone: b.timezone,
    cta_targets: c.ctaTargets,
    website: b.website,
    feed_urls: b.feedUrls,
    keywords: b.keywords,
    hashtags_always: b.hashtagsAlways,
    hashtags_never: b.hashtagsNever,
    publish_times: c.publishTimes,
    posting_hours: { start: b.postingStartHour, end: b.postingEndHour },
    signal_mode: b.signalMode,
    ab_tests: c.abTests,
    primary_color: b.primaryColor,
    accent_color: b.accentColor,
    logo_media_id: b.logoMediaId,
    created_at: b.createdAt.toISOString(),
    updated_at: b.updatedAt.toISOString(),
  };
}
export type BrandDto = ReturnType<typeof brandDto>;
