import { z } from "zod";
import { isoDate, platformList, platformName } from "./common";

export const dailyRunSchema = z.object({
  execute_date: isoDate,
  dry_run: z.boolean().default(false),
  platforms: platformList.optional(),
  brand: z.string().trim().min(1).optional(),
  /** "Publish early": also send approved posts whose scheduled time has not come yet */
  include_future: z.boolean().default(false),
  /** only these posts: "Publish early" sends exactly the posts its dialog listed */
  post_ids: z.array(z.string().trim().min(1).max(100)).min(1).max(500).optional(),
});

export const statusQuery = z.object({ date: isoDate.optional(), brand: z.string().trim().min(1).optional() });

export const retryParams = z.object({ date: isoDate, platform: platformName });
export const retryQuery = z.object({ brand: z.string().trim().min(1).optional() });

/** The link of a published post whose id the network never gave back, pasted from the network. */
export const linkParams = retryParams;
export const linkBody = z.object({
  brand: z.string().trim().min(1).max(200),
  remote_url: z.string().trim().url().max(2000),
});
export type LinkInput = z.infer<typeof linkBody>;

/** A network's token travels in an HTTP header: printable ASCII with no spaces ("…" pasted from a doc is not one). */
const tokenText = z
  .string()
  .max(4000)
  .regex(/^[\x21-\x7E]*$/, "errors.v.tokenChars");

export const createConnectionSchema = z.object({
  platform: z.enum(["linkedin", "facebook", "x", "sandbox"], { message: "errors.v.connectionPlatform" }),
  account_id: z.string().trim().min(1, "account_id is required").max(200),
  access_token: tokenText.min(1, "errors.v.accessToken"),
  refresh_token: tokenText.min(1).optional(),
  expires_at: z.string().datetime({ offset: true, message: "errors.v.instant" }).optional(),
});
export type CreateConnectionInput = z.infer<typeof createConnectionSchema>;
