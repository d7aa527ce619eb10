import { ZodError } from "zod";
import { AppError, validationError, type ErrorBody } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/render-text";

type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorBody);

/**
 * Server actions answer with the same error shape as routes instead of throwing to the client, in the
 * language of the person acting (`locale` reads it only when something failed).
 */
export async function runAction<T>(fn: () => Promise<T>, locale?: () => Promise<Locale>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (err) {
    const lang = (await locale?.().catch(() => undefined)) ?? "en";
    if (err instanceof AppError) return { ok: false, ...err.toBody(lang) };
    if (err instanceof ZodError) return { ok: false, ...validationError(err).toBody(lang) };
    console.error("server action failed", err);
    return { ok: false, ...new AppError("internal_error", msg("errors.tryAgain")).toBody(lang) };
  }
}
