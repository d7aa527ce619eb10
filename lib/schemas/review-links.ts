import { z } from "zod";
import { isoDate, platformList } from "./common";
import { daysBetween } from "@/lib/dates/days";
import { pageQuery } from "./page";

export const createReviewLinkSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    platforms: platformList.optional(),
    expires_in_days: z.number().int().min(1).max(30).default(14),
  })
  .refine((o) => o.from <= o.to, { message: "errors.v.fromTo", path: ["to"] })
  .refine((o) => daysBetween(o.from, o.to) <= 62, {
    message: "errors.v.max62",
    path: ["to"],
  });
export type CreateReviewLinkInput = z.infer<typeof createReviewLinkSchema>;

export const revokeReviewLinkSchema = z
  .object({ id: z.string().min(1).optional(), url: z.string().min(1).optional() })
  .refine((o) => o.id || o.url, "errors.v.linkIdOrUrl");

export const reviewTokenParam = z.string().regex(/^rvw_[A-Za-z0-9_-]{20,80}$/, "errors.v.reviewLink");

export const reviewMediaParam = z.string().trim().min(1).max(100);

export const clientDecisionSchema = z
  .object({
    decision: z.enum(["approve", "request_changes"]),
    name: z.string().trim().min(1, "errors.v.name").max(80),
    /** the post's version the client read: a decision on text that changed since is refused (409) */
    version: z.number().int().min(1).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((o) => o.decision === "approve" || (o.comment && o.comment.length > 0), {
    message: "errors.v.sayWhat",
    path: ["comment"],
  });
export type ClientDecisionInput = z.infer<typeof clientDecisionSchema>;

/** `?state=active` lists only the links a client can still open. */
export const listReviewLinksQuery = pageQuery({ default: 50, max: 100 }).extend({
  state: z.enum(["active", "all"], { message: "errors.v.linkState" }).default("all"),
});
