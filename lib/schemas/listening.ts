import { z } from "zod";
import { isoDate, platformName } from "./common";
import { daysBetween } from "@/lib/dates/days";
import { pageQuery } from "./page";

export const SENTIMENTS = ["positive", "neutral", "negative"] as const;

/** The longest range, in days counted inclusively, that the listening reports accept. */
export const MAX_RANGE_DAYS = 366;

const range = {
  from: isoDate.optional(),
  to: isoDate.optional(),
};
const rangeChecks = <T extends { from?: string; to?: string }>(s: z.ZodType<T>) =>
  s
    .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "errors.v.fromTo", path: ["to"] })
    .refine((q) => !q.from || !q.to || daysBetween(q.from, q.to) < MAX_RANGE_DAYS, {
      message: "errors.v.range366",
      path: ["to"],
    });

export const listeningRangeQuery = rangeChecks(z.object(range));

export const commentsQuery = rangeChecks(
  z.object({
    ...range,
    platform: platformName.optional(),
    sentiment: z.enum(SENTIMENTS, { message: "errors.v.sentiment" }).optional(),
    post: z.string().trim().min(1).max(40).optional(),
    /** "no": only comments the brand has not answered yet (no reply sent); "yes": only answered ones */
    answered: z.enum(["yes", "no"], { message: "errors.v.answered" }).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  }),
);
export type CommentsQuery = z.infer<typeof commentsQuery>;

const HANDLE_RULES = {
  x: { re: /^@?[A-Za-z0-9_]{1,15}$/, message: "errors.v.xHandle" },
  facebook: { re: /^[A-Za-z0-9.\-]{1,100}$/, message: "errors.v.facebookHandle" },
} as const;

/** LinkedIn's API returns posts only of organizations the connected member administers. */
export const LINKEDIN_COMPETITORS_MESSAGE = "errors.v.linkedinCompetitors";

export const competitorInput = z
  .object({ platform: platformName, handle: z.string().trim().min(1).max(100) })
  .superRefine((v, ctx) => {
    if (v.platform === "linkedin") {
      ctx.addIssue({ code: "custom", path: ["platform"], message: LINKEDIN_COMPETITORS_MESSAGE });
      return;
    }
    const rule = HANDLE_RULES[v.platform];
    if (!rule.re.test(v.handle)) ctx.addIssue({ code: "custom", path: ["handle"], message: rule.message });
  })
  .transform((v) => ({ platform: v.platform as "x" | "facebook", handle: v.handle.replace(/^@/, "") }));
export type CompetitorInput = z.infer<typeof competitorInput>;

/** The longest reply each network takes (X counts weighted characters; LinkedIn caps comments at 1,250). */
export const REPLY_LIMITS = { linkedin: 1250, facebook: 8000, x: 280 } as const;

/** A reply to a listened comment. `key` is made once per reply by its sender and kept across retries. */
export const replyInput = z.object({
  text: z.string().trim().min(1, "errors.v.writeSomething").max(8000),
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, "errors.v.replyKey"),
});
export type ReplyInput = z.infer<typeof replyInput>;

/** New text for a sent reply (LinkedIn and Facebook let a comment be edited). */
export const replyEditInput = z.object({ text: replyInput.shape.text });
export type ReplyEditInput = z.infer<typeof replyEditInput>;

/** A comment marked as needing no (further) reply, or opened again. */
export const handledInput = z.object({ handled: z.boolean({ message: "errors.v.boolean" }) });
export type HandledInput = z.infer<typeof handledInput>;

/** A reply written once for the whole team; `{name}` in it becomes the commenter's first name. */
export const savedReplyInput = z.object({
  title: z.string().trim().min(1, "errors.v.replyTitle").max(80),
  text: replyInput.shape.text,
});
export type SavedReplyInput = z.infer<typeof savedReplyInput>;

/** By title, 100 at a time: the reply box's picker asks for the next ones only when a person wants them. */
export const savedRepliesQuery = pageQuery({ default: 100, max: 200 });

export const savedReplyPatch = savedReplyInput
  .partial()
  .refine((v) => v.title !== undefined || v.text !== undefined, { message: "errors.v.savedReplyPatch" });
export type SavedReplyPatch = z.infer<typeof savedReplyPatch>;
