import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/notifications/kinds";

export const createWebhookSchema = z.object({
  url: z
    .string()
    .trim()
    .url("Enter a full URL")
    .max(2000)
    .refine((u) => /^https?:\/\//i.test(u), "Only http and https URLs"),
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1, "Choose at least one event")
    .default([...WEBHOOK_EVENTS]),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;
