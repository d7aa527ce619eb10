import { ZodError } from "zod";
import { AppError, validationError, type ErrorBody } from "@/lib/errors";

type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorBody);

/** Server actions answer with the same error shape as routes instead of throwing to the client. */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, ...err.toBody() };
    if (err instanceof ZodError) return { ok: false, ...validationError(err).toBody() };
    console.error("server action failed", err);
    return { ok: false, error: { code: "internal_error", message: "Something went wrong. Try again." } };
  }
}
