import { z } from "zod";

/** A thread's parts and a first comment; the version is the one the editor saw (409 when stale). */
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
  })
  .refine(
    (o) => o.parts !== undefined || o.first_comment !== undefined || o.media_ids !== undefined,
    "Change the parts, the first comment or the images",
  );

/** How many images each network takes on one post through the APIs we use. */
export const MEDIA_LIMITS = { linkedin: 1, facebook: 4, x: 4 } as const;
export type UpdatePostExtrasInput = z.infer<typeof updatePostExtrasSchema>;
