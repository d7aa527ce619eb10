import { z } from "zod";
import { approveSchema } from "./strategy";

/** Same body as /api/strategy/approve: one post's day, a day, a week or any range of a brand. */
export const submitSchema = approveSchema;
export type SubmitInput = z.infer<typeof submitSchema>;

export const reviewDecisionSchema = z
  .object({
    decision: z.enum(["approve", "request_changes"]),
    comment: z.string().trim().max(2000).optional(),
    version: z.number().int().min(1),
  })
  .refine((o) => o.decision === "approve" || (o.comment && o.comment.length > 0), {
    message: "errors.v.sayWhat",
    path: ["comment"],
  });
export type ReviewDecisionInput = z.infer<typeof reviewDecisionSchema>;
