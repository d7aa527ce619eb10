import { z, type ZodError } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { issueValues } from "@/lib/i18n/issue-values";
import { isMessageKey, isText, msg, renderText, type Text, type TextValues } from "@/lib/i18n/render-text";

export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  validation_error: 422,
  needs_reconnect: 424,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  /** `details` is always there: a list of what was wrong (empty when there is nothing more to say), or an object */
  error: { code: ErrorCode; message: string; details: unknown };
}

type ZodIssue = ZodError["issues"][number];
/** A zod issue whose message is zod's own: rendered by zod's locale for the reader's language. */
interface ZodText {
  zod: ZodIssue;
}
/** What a message may be: plain text (names, ids, network answers), or a catalogue message. */
export type Message = string | Text;

const ZOD_LOCALES: Record<Locale, (issue: ZodIssue) => string | undefined> = {
  en: z.locales.en().localeError as never,
  fr: z.locales.fr().localeError as never,
};

function render(m: unknown, locale: Locale): unknown {
  if (isText(m)) return renderText(m, locale);
  if (m && typeof m === "object" && "zod" in m) {
    const issue = (m as ZodText).zod;
    return locale === "en" ? issue.message : (ZOD_LOCALES[locale](issue) ?? issue.message);
  }
  return m;
}

/** The reader's language for every message of the details: `[{path, message}]` and `{errors: [{…, message}]}`. */
function renderDetails(details: unknown, locale: Locale): unknown {
  if (Array.isArray(details)) return details.map((d) => renderDetails(d, locale));
  if (!details || typeof details !== "object" || isText(details)) return render(details, locale);
  return Object.fromEntries(
    Object.entries(details).map(([k, v]) => [k, k === "message" ? render(v, locale) : renderDetails(v, locale)]),
  );
}

/** The one error type the app throws on purpose; its code decides the HTTP status. */
export class AppError extends Error {
  /** the message as a catalogue key, when it is one: the response renders it in the reader's language */
  public readonly text: Text | null;

  constructor(
    public readonly code: ErrorCode,
    message: Message,
    public readonly details?: unknown,
    /** extra response headers, e.g. Retry-After on a 429 */
    public readonly headers?: Record<string, string>,
  ) {
    // English in logs and for API clients that ask for no language
    super(typeof message === "string" ? message : renderText(message));
    this.text = typeof message === "string" ? null : message;
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(locale: Locale = "en"): ErrorBody {
    const message = this.text ? renderText(this.text, locale) : this.message;
    const details = this.details !== undefined ? renderDetails(this.details, locale) : [];
    return { error: { code: this.code, message, details } };
  }
}

/** Schemas write their own messages as catalogue keys; zod's messages stay zod's, in the reader's language. */
function issueMessage(issue: ZodIssue): Text | ZodText {
  return isMessageKey(issue.message) ? msg(issue.message, issueValues(issue)) : { zod: issue };
}

export function zodDetails(err: ZodError) {
  return err.issues.map((i) => ({ path: i.path.join("."), message: issueMessage(i), code: i.code }));
}

export function validationError(err: ZodError, message: Message = msg("errors.invalidRequest")): AppError {
  return new AppError("validation_error", message, zodDetails(err));
}

/** "Post was not found.": `what` names its message, errors.notFound.<what> in the catalogue. */
export const notFound = (what: string, values?: TextValues) =>
  new AppError("not_found", msg(`errors.notFound.${what}`, values));
