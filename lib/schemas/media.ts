import { z } from "zod";

export const listMediaQuery = z.object({
  cursor: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const uploadMediaQuery = z.object({
  filename: z.string().max(200).optional(),
});

/** A visual for one post: the branded card, or an illustration from the image model when one is set. */
export const createCardSchema = z.object({
  version: z.number().int().min(1),
  kind: z.enum(["card", "illustration"]).default("card"),
});

export const readMediaQuery = z.object({
  variant: z.enum(["full", "thumb"]).default("full"),
});

export const signedMediaQuery = z.object({
  exp: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 40),
  sig: z.string().min(1).max(200),
});
