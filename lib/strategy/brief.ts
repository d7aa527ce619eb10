import { z } from "zod";
import { NETWORKS } from "./networks";

export const SUPPORTED_LANGUAGES = ["en-US", "fr-FR"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

const HHMM_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = z.string().regex(HHMM_PATTERN, "Use HH:MM (24-hour).");

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
  .regex(/^#?[\p{L}\p{N}_]{1,60}$/u, "A hashtag is letters, digits or _ (the # is optional).");

const httpUrl = z.url({ protocol: /^https?$/ });

const ctaTargetSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, "Use letters, digits, - or _."),
  url: httpUrl,
});

const publishTimesShape = Object.fromEntries(NETWORKS.map((n) => [n, hhmm.optional()])) as Record<
  (typeof NETWORKS)[number],
  z.ZodOptional<typeof hhmm>
>;

export const briefSchema = z.object({
  name: z.string().trim().min(1).max(200),
  positioning: z.string().trim().min(1).max(2000),
  targetAudience: z.string().trim().min(1).max(1000),
  valueProps: z.array(z.string().trim().min(1).max(500)).min(1).max(20),
  tone: z.string().trim().min(1).max(200),
  language: z.enum(SUPPORTED_LANGUAGES),
  timezone: z.string().refine(isValidTimeZone, "Unknown IANA time zone."),
  ctaTargets: z
    .array(ctaTargetSchema)
    .min(1)
    .max(20)
    .refine((targets) => new Set(targets.map((t) => t.key)).size === targets.length, "CTA keys must be unique."),
  website: httpUrl.optional(),
  hashtagsAlways: z.array(hashtag).max(20).default([]),
  hashtagsNever: z.array(hashtag).max(100).default([]),
  publishTimes: z.object(publishTimesShape).default({}),
});

export type Brief = z.infer<typeof briefSchema>;
export type BriefInput = z.input<typeof briefSchema>;
export type CtaTarget = z.infer<typeof ctaTargetSchema>;
