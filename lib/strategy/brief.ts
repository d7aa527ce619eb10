import { z } from "zod";
import { NETWORKS } from "./networks";
import { DEFAULT_POSTING_HOURS } from "./posting-hours";

export const postingHoursSchema = z
  .object({
    start: z.number().int().min(0).max(23),
    end: z.number().int().min(1).max(24),
  })
  .refine((h) => h.start < h.end, { message: "errors.v.postingHours", path: ["end"] });

export const SUPPORTED_LANGUAGES = ["en-US", "fr-FR"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

const HHMM_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = z.string().regex(HHMM_PATTERN, "errors.v.hhmm");

const timeZoneCache = new Map<string, boolean>();
/** Intl is the source of truth for IANA names, so no zone list is shipped. */
function isValidTimeZone(tz: string): boolean {
  let ok = timeZoneCache.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      ok = tz.length > 0;
    } catch {
      ok = false;
    }
    timeZoneCache.set(tz, ok);
  }
  return ok;
}

const hashtag = z
  .string()
  .trim()
  .regex(/^#?[\p{L}\p{N}_]{1,60}$/u, "errors.v.hashtag");

/** A URL the server may fetch or link to: http or https only (the outbound guard checks the address itself). */
const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, message: "errors.v.httpUrl" }));

const ctaTargetSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, "errors.v.ctaKey"),
  url: httpUrl,
});

const publishTimesShape = Object.fromEntries(NETWORKS.map((n) => [n, hhmm.optional()])) as Record<
  (typeof NETWORKS)[number],
  z.ZodOptional<typeof hhmm>
>;

/**
 * Every brief field's rule, once. The brand form, the brand and generate routes and the planner all
 * validate with these, so a brand that can be saved can always be planned.
 */
export const briefFields = {
  name: z.string().trim().min(1, "errors.v.brandName").max(80),
  positioning: z.string().trim().min(1, "errors.v.positioning").max(1000),
  targetAudience: z.string().trim().min(1, "errors.v.audience").max(1000),
  /** what the copy calls the audience mid-sentence, e.g. "les familles du quartier" */
  audienceName: z.string().trim().max(60, "errors.v.audienceName"),
  valueProps: z.array(z.string().trim().min(1).max(300)).min(1, "errors.v.valueProp").max(12),
  tone: z.string().trim().min(1).max(100),
  language: z.enum(SUPPORTED_LANGUAGES, { message: "errors.v.languages" }),
  timezone: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_+\-/]+$/, "errors.v.timezone")
    .refine(isValidTimeZone, "errors.v.timezone"),
  ctaTarget: ctaTargetSchema,
  keywords: z.array(z.string().trim().min(1).max(60)).max(40),
  ctaTargets: z
    .array(ctaTargetSchema)
    .min(1, "errors.v.ctaTarget")
    .max(10)
    .refine((targets) => new Set(targets.map((t) => t.key)).size === targets.length, "errors.v.ctaUnique"),
  url: httpUrl,
  hashtag,
  hashtagsAlways: z.array(hashtag).max(10),
  hashtagsNever: z.array(hashtag).max(50),
  hhmm,
  publishTimes: z.object(publishTimesShape),
  postingHours: postingHoursSchema,
};

export const briefSchema = z.object({
  name: briefFields.name,
  positioning: briefFields.positioning,
  targetAudience: briefFields.targetAudience,
  audienceName: briefFields.audienceName.optional(),
  valueProps: briefFields.valueProps,
  tone: briefFields.tone,
  language: briefFields.language,
  timezone: briefFields.timezone,
  ctaTargets: briefFields.ctaTargets,
  website: httpUrl.optional(),
  /** the brand's own topic words ("e-bikes", "urban mobility"): the plan's hashtags come from them */
  keywords: briefFields.keywords.default([]),
  hashtagsAlways: briefFields.hashtagsAlways.default([]),
  hashtagsNever: briefFields.hashtagsNever.default([]),
  publishTimes: briefFields.publishTimes.default({}),
  postingHours: briefFields.postingHours.default(DEFAULT_POSTING_HOURS),
});

export type Brief = z.infer<typeof briefSchema>;
export type BriefInput = z.input<typeof briefSchema>;
export type CtaTarget = z.infer<typeof ctaTargetSchema>;
