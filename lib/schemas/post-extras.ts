import { z } from "zod";

/** Slides are read at a glance: a few lines each, and no more than a swipe or ten. */
export const MAX_SLIDES = 10;
export const SLIDE_MAX_CHARS = 300;

/** A thread's parts, a first comment, images and a carousel's slides; the version is the one the editor saw (409 when stale). */
export const updatePostExtrasSchema = z
  .object({
    version: z.number().int().min(1),
    parts: z
      .array(z.string().trim().min(1, "A part cannot be empty").max(1000))
      .max(25, "A thread has at most 25 parts")
      .optional(),
    first_comment: z.string().trim().max(1250, "A first comment has at most 1,250 characters").nullable().optional(),
    /** images from the brand's library, in order */
    media_ids: z.array(z.string().trim().min(1).max(100)).max(4, "At most 4 images").optional(),
    /** a carousel's slides in order (LinkedIn and Facebook); an empty list makes it a plain post again */
    slides: z
      .array(z.string().trim().min(1, "A slide cannot be empty").max(SLIDE_MAX_CHARS))
      .max(MAX_SLIDES, `A carousel has at most ${MAX_SLIDES} slides`)
      .refine((s) => s.length !== 1, "A carousel has at least 2 slides")
      .optional(),
  })
  .refine(
    (o) =>
      o.parts !== undefined || o.first_comment !== undefined || o.media_ids !== undefined || o.slides !== undefined,
    "Change the parts, the first comment, the images or the slides",
  );

/** How many images each network takes on one post through the APIs we use. */
export const MEDIA_LIMITS = { linkedin: 1, facebook: 4, x: 4 } as const;
export type UpdatePostExtrasInput = z.infer<typeof updatePostExtrasSchema>;
