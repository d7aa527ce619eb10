import { z } from "zod";

/** Slides are read at a glance: a few lines each, and no more than a swipe or ten. */
export const MAX_SLIDES = 10;
export const SLIDE_MAX_CHARS = 300;

/** A thread's parts, a first comment, images and a carousel's slides; the version is the one the editor saw (409 when stale). */
export const updatePostExtrasSchema = z
  .object({
    version: z.number().int().min(1),
    parts: z.array(z.string().trim().min(1, "errors.v.emptyPart").max(1000)).max(25, "errors.v.maxParts").optional(),
    first_comment: z.string().trim().max(1250, "errors.v.commentMax").nullable().optional(),
    /** images from the brand's library, in order */
    media_ids: z.array(z.string().trim().min(1).max(100)).max(4, "errors.v.maxImages").optional(),
    /** a carousel's slides in order (LinkedIn and Facebook); an empty list makes it a plain post again */
    slides: z
      .array(z.string().trim().min(1, "errors.v.emptySlide").max(SLIDE_MAX_CHARS))
      .max(MAX_SLIDES, "errors.v.maxSlides")
      .refine((s) => s.length !== 1, "errors.v.minSlides")
      .optional(),
  })
  .refine(
    (o) =>
      o.parts !== undefined || o.first_comment !== undefined || o.media_ids !== undefined || o.slides !== undefined,
    "errors.v.extrasChange",
  );

/** How many images each network takes on one post through the APIs we use. */
export const MEDIA_LIMITS = { linkedin: 1, facebook: 4, x: 4 } as const;
export type UpdatePostExtrasInput = z.infer<typeof updatePostExtrasSchema>;
