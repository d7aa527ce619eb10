import { z } from "zod";
import { csvDelimiter, isoDate, platformList } from "./common";
import { briefFields } from "@/lib/strategy/brief";
import { addDays, daysBetween } from "@/lib/dates/days";

/** Human work is kept unless replaced on purpose: "all", or the ids of the posts a person chose. */
const replaceChoice = z.union([z.enum(["untouched", "all"]), z.array(z.string().trim().min(1).max(100)).max(500)]);

/** The original service's body, kept as is. CTA targets may be plain keys or {key,url}. */
export const generateStrategySchema = z
  .object({
    brand_name: briefFields.name,
    positioning: briefFields.positioning,
    target_audience: briefFields.targetAudience,
    audience_name: briefFields.audienceName.optional(),
    value_props: briefFields.valueProps,
    start_date: isoDate,
    duration_days: z.number().int().min(1, "errors.v.min1Day").max(31, "errors.v.max31Days"),
    language: briefFields.language,
    tone: briefFields.tone,
    /** the brand's topic words ("e-bikes"): the plan's hashtags come from them; left out, the brand's stay */
    keywords: briefFields.keywords.optional(),
    /** the brand's website; a plain CTA key the brand does not know yet links to a page under it */
    website: briefFields.url.optional(),
    // a plain key names a target the brand already has, or one made from its website
    cta_targets: z
      .array(z.union([briefFields.ctaTarget.shape.key, briefFields.ctaTarget]))
      .min(1)
      .max(10)
      .refine((list) => {
        const keys = list.map((t) => (typeof t === "string" ? t : t.key));
        return new Set(keys).size === keys.length;
      }, "errors.v.ctaUnique"),
    platforms: platformList.optional(),
    timezone: briefFields.timezone.optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
    replace: replaceChoice.optional(),
    /** a branded card on every new post without an image, rendered in the background (progress: GET …/cards) */
    attach_cards: z.boolean().optional(),
    /** today's posts only at times still ahead: the calendar asks it, an API client may want its exact times */
    skip_past_hours: z.boolean().optional(),
  })
  // the plan's last day, like every date the API takes, is in 1970–2199
  .refine((o) => addDays(o.start_date, o.duration_days - 1) <= "2199-12-31", {
    message: "errors.v.dateRange",
    path: ["duration_days"],
  });
export type GenerateStrategyInput = z.infer<typeof generateStrategySchema>;

export const approveSchema = z
  .object({
    brand: z.string().trim().min(1),
    from: isoDate.optional(),
    to: isoDate.optional(),
    platforms: platformList.optional(),
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, { message: "errors.v.fromTo", path: ["to"] });
export type ApproveInput = z.infer<typeof approveSchema>;

export const updatePostSchema = z
  .object({
    // only spaces and line breaks would publish as an empty post
    body: z
      .string()
      .max(70000)
      .refine((b) => b.trim() !== "", "errors.v.emptyPost")
      .optional(),
    date: isoDate.optional(),
    /** brand-local HH:MM; with `date`, or alone to change the time of the same day */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "errors.v.hhmm24")
      .optional(),
    status: z.enum(["draft", "approved", "skipped"]).optional(),
    version: z.number().int().min(1),
  })
  .refine(
    (o) => o.body !== undefined || o.date !== undefined || o.time !== undefined || o.status !== undefined,
    "errors.v.postChange",
  );
export type UpdatePostInput = z.infer<typeof updatePostSchema>;

export const regeneratePostSchema = z.object({
  version: z.number().int().min(1).optional(),
  /** a post with a person's work is only regenerated when this is true */
  replace: z.boolean().default(false),
});

export const regeneratePreviewQuery = z.object({
  brand: z.string().trim().min(1),
  start_date: isoDate,
  duration_days: z.coerce.number().int().min(1).max(31),
  /** as on generate: count today's posts only at times still ahead */
  skip_past_hours: z.enum(["true", "false"], { message: "errors.v.boolean" }).optional(),
});

export const postsRangeQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((o) => o.from <= o.to, { message: "errors.v.fromTo", path: ["to"] })
  .refine((o) => daysBetween(o.from, o.to) <= 62, {
    message: "errors.v.max62AtOnce",
    path: ["to"],
  });

export const csvExportQuery = z.object({ delimiter: csvDelimiter });
