import type { Brand } from "@/lib/generated/prisma/client";

export function brandDto(b: Brand) {
  return {
    id: b.id,
    slug: b.slug,
    name: b.name,
    positioning: b.positioning,
    target_audience: b.targetAudience,
    value_props: b.valueProps,
    tone: b.tone,
    language: b.language,
    timezone: b.timezone,
    cta_targets: b.ctaTargets as { key: string; url: string }[],
    website: b.website,
    feed_urls: b.feedUrls,
    keywords: b.keywords,
    hashtags_always: b.hashtagsAlways,
    hashtags_never: b.hashtagsNever,
    publish_times: b.publishTimes as Record<string, string>,
    signal_mode: b.signalMode,
    ab_tests: (b.abTests as Record<string, [string, string]> | null) ?? null,
    created_at: b.createdAt.toISOString(),
    updated_at: b.updatedAt.toISOString(),
  };
}
export type BrandDto = ReturnType<typeof brandDto>;
