import { z } from "zod";

export const addCommentSchema = z.object({ body: z.string().trim().min(1, "errors.v.writeSomething").max(4000) });

/** A thread's newest comments first come back; `before` pages to older ones. */
export const commentsQuery = z.object({
  before: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
