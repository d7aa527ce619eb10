import type { ZodType } from "zod";
import { validationError } from "@/lib/errors";

export function parseWith<T>(schema: ZodType<T>, raw: unknown, message?: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, message);
  return parsed.data;
}
