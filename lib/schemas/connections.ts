import { z } from "zod";

export const oauthPlatformSchema = z.enum(["linkedin", "facebook", "x"], { message: "Use linkedin, facebook or x" });

/** What a network may append to our redirect URI; anything longer is not an OAuth answer. */
export const callbackQuerySchema = z.object({
  state: z.string().max(200).optional(),
  code: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
  error_reason: z.string().max(200).optional(),
});
