import type { ZodType } from "zod";
import { validationError, type Message } from "@/lib/errors";

export function parseWith<T>(schema: ZodType<T>, raw: unknown, message?: Message): T {
  // the input stays on the issues, so zod can say in French too what it received
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw validationError(parsed.error, message);
  return parsed.data;
}
