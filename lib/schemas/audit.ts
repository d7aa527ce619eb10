import { z } from "zod";
import { csvDelimiter, isoDate } from "./common";

export const auditQuery = z
  .object({
    brand: z.string().trim().min(1).max(100).optional(),
    actor: z.string().trim().min(1).max(200).optional(),
    /** an exact action ("post.edit") or a family ("post") */
    action: z
      .string()
      .trim()
      .regex(/^[a-z_]+(\.[a-z_]+)*$/, "errors.v.auditAction")
      .optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    cursor: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    format: z.enum(["json", "csv"]).default("json"),
    delimiter: csvDelimiter,
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, { message: "errors.v.fromTo", path: ["to"] });
export type AuditQuery = z.infer<typeof auditQuery>;
