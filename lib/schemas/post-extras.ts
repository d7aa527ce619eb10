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
  })
  .refine((o) => o.parts !== undefined || o.first_comment !== undefined, "Change the parts or the first comment");
export type UpdatePostExtrasInput = z.infer<typeof updatePostExtrasSchema>;
