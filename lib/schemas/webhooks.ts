import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/notifications/kinds";
import { pageQuery } from "./page";

export const createWebhookSchema = z.object({
  url: z
    .string()
    .trim()
    .url("errors.v.fullUrl")
    .max(2000)
    .refine((u) => /^https?:\/\//i.test(u), "errors.v.httpOnly"),
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1, "errors.v.oneEvent")
    .default([...WEBHOOK_EVENTS]),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

/** The delivery log of one endpoint: every event, test and redelivery is a row, so it is read a page at a time. */
export const listDeliveriesQuery = pageQuery({ default: 50, max: 100 });
