import type { Brand } from "@/lib/generated/prisma/client";
import { briefSchema, type Brief } from "@/lib/strategy/brief";
import { validationError } from "@/lib/errors";

/** The stored brand read as the planner's brief, checked by the planner's own schema (422 when it disagrees). */
type BriefColumns = Pick<
  Brand,
  | "name"
  | "positioning"
  | "targetAudience"
  | "audienceName"
  | "valueProps"
  | "tone"
  | "language"
  | "timezone"
  | "ctaTargets"
  | "website"
  | "keywords"
  | "hashtagsAlways"
  | "hashtagsNever"
  | "publishTimes"
  | "postingStartHour"
  | "postingEndHour"
>;

export function briefFromBrand(b: BriefColumns): Brief {
  const parsed = briefSchema.safeParse({
    name: b.name,
    positioning: b.positioning,
    targetAudience: b.targetAudience,
    audienceName: b.audienceName ?? undefined,
    valueProps: b.valueProps,
    tone: b.tone,
    language: b.language,
    timezone: b.timezone,
    ctaTargets: b.ctaTargets,
    website: b.website ?? undefined,
    keywords: b.keywords,
    hashtagsAlways: b.hashtagsAlways,
    hashtagsNever: b.hashtagsNever,
    publishTimes: b.publishTimes,
    postingHours: { start: b.postingStartHour, end: b.postingEndHour },
  });
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
