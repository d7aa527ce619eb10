import type { Brand } from "@/lib/generated/prisma/client";
import type { Brief } from "@/lib/strategy/brief";

export function briefFromBrand(b: Brand): Brief {
  return {
    name: b.name,
    positioning: b.positioning,
    targetAudience: b.targetAudience,
    valueProps: b.valueProps,
    tone: b.tone,
    language: b.language as Brief["language"],
    timezone: b.timezone,
    ctaTargets: b.ctaTargets as Brief["ctaTargets"],
    website: b.website ?? undefined,
    hashtagsAlways: b.hashtagsAlways,
    hashtagsNever: b.hashtagsNever,
    publishTimes: b.publishTimes as Brief["publishTimes"],
  };
}
