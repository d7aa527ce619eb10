import { z } from "zod";

export const oauthPlatformSchema = z.enum(["linkedin", "facebook", "x"], { message: "errors.v.oauthPlatform" });

/** What a network may append to our redirect URI; anything longer is not an OAuth answer. */
export const callbackQuerySchema = z.object({
  state: z.string().max(200).optional(),
  code: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
  error_reason: z.string().max(200).optional(),
});

/** The Page or organization picked after an OAuth grant that manages several. */
export const chooseAccountSchema = z.object({
  account_id: z.string().trim().min(1, "errors.v.chooseAccount").max(200),
});
export type ChooseAccountInput = z.infer<typeof chooseAccountSchema>;
