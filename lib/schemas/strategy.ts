import { z } from "zod";
import { isoDate, platformList } from "./common";
import { language } from "./brands";
import { timezone, webUrl } from "./common";
import { daysBetween } from "@/lib/dates/days";

/** Human work is kept unless replaced on purpose: "all", or the ids of the posts a person chose. */
const replaceChoice = z.union([z.enum(["untouched", "all"]), z.array(z.string().trim().min(1).max(100)).max(500)]);

/** The original service's body, kept as is. CTA targets may be plain keys or {key,url}. */
export const generateStrategySchema = z.object({
  brand_name: z.string().trim().min(1).max(80),
  positioning: z.string().trim().min(1).max(1000),
  target_audience: z.string().trim().min(1).max(1000),
  value_props: z.array(z.string().trim().min(1).max(300)).min(1).max(12),
  start_date: isoDate,
  duration_days: z.number().int().min(1, "At least 1 day").max(31, "At most 31 days"),
  language,
  tone: z.string().trim().min(1).max(100),
  cta_targets: z
    .array(
      z.union([z.string().trim().min(1).max(40), z.object({ key: z.string().trim().min(1).max(40), url: webUrl })]),
    )
    .min(1)
    .max(10),
  platforms: platformList.optional(),
  timezone: timezone.optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  replace: replaceChoice.optional(),
});
export type GenerateStrategyInput = z.infer<typeof generateStrategySchema>;

export const approveSchema = z
  .object({
    brand: z.string().trim().min(1),
    from: isoDate.optional(),
    to: isoDate.optional(),
    platforms: platformList.optional(),
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, { message: "`from` must be on or before `to`", path: ["to"] });
export type ApproveInput = z.infer<typeof approveSchema>;

export const updatePostSchema = z
  .object({
    body: z.string().min(1, "The post cannot be empty").max(70000).optional(),
    date: isoDate.optional(),
    status: z.enum(["draft", "approved", "skipped"]).optional(),
    version: z.number().int().min(1),
  })
  .refine(
    (o) => o.body !== undefined || o.date !== undefined || o.status !== undefined,
    "Change the body, the date or the status",
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
});

export const postsRangeQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((o) => o.from <= o.to, { message: "`from` must be on or before `to`", path: ["to"] })
  .refine((o) => daysBetween(o.from, o.to) <= 62, {
    message: "At most 62 days at once",
    path: ["to"],
  });
