import { z } from "zod";
import { briefFields, SUPPORTED_LANGUAGES } from "@/lib/strategy/brief";
import { PILLAR_KEYS } from "@/lib/strategy/copy/types";
import { hexColor, webUrl } from "./common";

export { SUPPORTED_LANGUAGES };

/** The API writes hashtags without their #; the rule for what a hashtag may be is the planner's. */
const withoutHash = (list: typeof briefFields.hashtagsAlways) =>
  list.transform((l) => l.map((t) => t.replace(/^#/, "")));

const brandFields = z.object({
  name: briefFields.name,
  positioning: briefFields.positioning,
  target_audience: briefFields.targetAudience,
  audience_name: briefFields.audienceName.nullable(),
  value_props: briefFields.valueProps,
  tone: briefFields.tone,
  language: briefFields.language,
  timezone: briefFields.timezone,
  cta_targets: briefFields.ctaTargets,
  website: briefFields.url.nullable(),
  feed_urls: z.array(webUrl).max(20),
  keywords: briefFields.keywords,
  hashtags_always: withoutHash(briefFields.hashtagsAlways),
  hashtags_never: withoutHash(briefFields.hashtagsNever),
  publish_times: briefFields.publishTimes,
  /** brand-local whole hours; posts outside them are flagged and generated times stay inside */
  posting_hours: briefFields.postingHours,
  signal_mode: z.enum(["suggest", "adapt"]),
  ab_tests: z
    .record(
      z.string(),
      z.tuple([
        z.string().trim().min(1, "errors.v.hookA").max(200),
        z.string().trim().min(1, "errors.v.hookB").max(200),
      ]),
    )
    .refine((t) => Object.keys(t).every((k) => (PILLAR_KEYS as readonly string[]).includes(k)), {
      message: "errors.v.pillars",
      params: { pillars: PILLAR_KEYS.join(", ") },
    })
    .nullable(),
  primary_color: hexColor.nullable(),
  accent_color: hexColor.nullable(),
  /** an image of the brand's own library, shown on generated cards */
  logo_media_id: z.string().trim().min(1).max(100).nullable(),
});

const OPTIONAL_ON_CREATE = {
  audience_name: true,
  website: true,
  feed_urls: true,
  keywords: true,
  hashtags_always: true,
  hashtags_never: true,
  publish_times: true,
  posting_hours: true,
  signal_mode: true,
  ab_tests: true,
  primary_color: true,
  accent_color: true,
  logo_media_id: true,
} as const;

export const createBrandSchema = brandFields.partial(OPTIONAL_ON_CREATE);
export type CreateBrandInput = z.infer<typeof createBrandSchema>;

export const updateBrandSchema = brandFields.partial().refine((o) => Object.keys(o).length > 0, "errors.v.oneField");
export type UpdateBrandInput = z.infer<typeof updateBrandSchema>;
