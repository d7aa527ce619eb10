import { z } from "zod";
import { hhmm, timezone, webUrl } from "./common";
import { PILLAR_KEYS } from "@/lib/strategy/copy/types";

export const SUPPORTED_LANGUAGES = ["en-US", "fr-FR"] as const;

export const language = z.string().refine((v) => (SUPPORTED_LANGUAGES as readonly string[]).includes(v), {
  message: `Unsupported language; supported: ${SUPPORTED_LANGUAGES.join(", ")}`,
});

export const ctaTarget = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9_-]+$/i, "Letters, digits, - and _ only"),
  url: webUrl,
});

const hashtag = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .transform((t) => t.replace(/^#/, ""));

const brandFields = z.object({
  name: z.string().trim().min(1, "Name the brand").max(80),
  positioning: z.string().trim().min(1, "Describe the positioning").max(1000),
  target_audience: z.string().trim().min(1, "Describe the audience").max(1000),
  value_props: z.array(z.string().trim().min(1).max(300)).min(1, "Add at least one value proposition").max(12),
  tone: z.string().trim().min(1).max(100),
  language,
  timezone,
  cta_targets: z.array(ctaTarget).min(1, "Add at least one CTA target").max(10),
  website: webUrl.nullable(),
  feed_urls: z.array(webUrl).max(20),
  keywords: z.array(z.string().trim().min(1).max(60)).max(40),
  hashtags_always: z.array(hashtag).max(10),
  hashtags_never: z.array(hashtag).max(50),
  publish_times: z.object({ linkedin: hhmm.optional(), facebook: hhmm.optional(), x: hhmm.optional() }),
  signal_mode: z.enum(["suggest", "adapt"]),
  ab_tests: z
    .record(
      z.string(),
      z.tuple([z.string().trim().min(1, "Give hook A").max(200), z.string().trim().min(1, "Give hook B").max(200)]),
    )
    .refine(
      (t) => Object.keys(t).every((k) => (PILLAR_KEYS as readonly string[]).includes(k)),
      `Pillars are: ${PILLAR_KEYS.join(", ")}`,
    )
    .nullable(),
});

const OPTIONAL_ON_CREATE = {
  website: true,
  feed_urls: true,
  keywords: true,
  hashtags_always: true,
  hashtags_never: true,
  publish_times: true,
  signal_mode: true,
  ab_tests: true,
} as const;

export const createBrandSchema = brandFields.partial(OPTIONAL_ON_CREATE);
export type CreateBrandInput = z.infer<typeof createBrandSchema>;

export const updateBrandSchema = brandFields
  .partial()
  .refine((o) => Object.keys(o).length > 0, "Send at least one field to change");
export type UpdateBrandInput = z.infer<typeof updateBrandSchema>;
