import { z } from "zod";

/**
 * `?cursor=&limit=` of a list read a page at a time: an answer's `next_cursor` goes back as `cursor`
 * (null on the last page). Each list picks its page size and the most it will answer at once.
 */
export function pageQuery(limit: { default: number; max: number }) {
  return z.object({
    cursor: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(limit.max).default(limit.default),
  });
}
export type PageQuery = z.infer<ReturnType<typeof pageQuery>>;
