import { z } from "zod";
import { csvDelimiter, isoDate, platformName } from "./common";
import { daysBetween } from "@/lib/dates/days";

export const GROUP_BY = ["day", "platform", "pillar", "format", "hook"] as const;

export const performanceQuery = z
  .object({
    brand: z.string().trim().min(1).optional(),
    from: isoDate,
    to: isoDate,
    platform: platformName.optional(),
    group_by: z.enum(GROUP_BY, { message: "errors.v.groupBy" }).default("day"),
    format: z.enum(["json", "csv"]).default("json"),
    delimiter: csvDelimiter,
  })
  .refine((q) => q.from <= q.to, { message: "errors.v.fromTo", path: ["to"] })
  .refine((q) => daysBetween(q.from, q.to) < 366, {
    message: "errors.v.range366",
    path: ["to"],
  });

export const suggestionSchema = z.object({ action: z.enum(["accept", "dismiss"]), version: z.number().int().min(1) });
