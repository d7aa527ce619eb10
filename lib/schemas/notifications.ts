import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";

export const listNotificationsQuery = z.object({
  unread: z.enum(["1", "0", "true", "false"]).optional(),
  cursor: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const markReadSchema = z
  .object({ ids: z.array(z.string().min(1)).max(200).optional(), all: z.boolean().optional() })
  .refine((o) => o.all === true || (o.ids && o.ids.length > 0), "errors.v.idsOrAll");

export const preferencesSchema = z.object({
  preferences: z
    .array(z.object({ kind: z.enum(NOTIFICATION_KINDS), in_app: z.boolean(), email: z.boolean() }))
    .min(1)
    .max(NOTIFICATION_KINDS.length),
});
