import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { envPick } from "@/lib/env";
import { msg } from "@/lib/i18n/render-text";

export interface RateRule {
  name: string;
  limit: number;
  windowMs: number;
}

/** Limits live in PostgreSQL so they hold across app instances and restarts. */
export const RATE_RULES = {
  signInEmail: { name: "signin-email", limit: 10, windowMs: 15 * 60_000 },
  signInIp: { name: "signin-ip", limit: 50, windowMs: 15 * 60_000 },
  signUpIp: { name: "signup-ip", limit: 10, windowMs: 60 * 60_000 },
  apiToken: { name: "api-token", limit: 1200, windowMs: 60_000 },
  passwordChange: { name: "password-change", limit: 10, windowMs: 15 * 60_000 },
} satisfies Record<string, RateRule>;

/** Sign-ups per IP address and hour; SIGNUP_LIMIT_PER_HOUR raises it where many people share one address. */
export function signUpRule(): RateRule {
  return { ...RATE_RULES.signUpIp, limit: envPick(["SIGNUP_LIMIT_PER_HOUR"]).SIGNUP_LIMIT_PER_HOUR };
}

/**
 * Counts one hit in a fixed window and answers whether it is within the limit. One statement, so
 * concurrent hits from several instances all count.
 */
export async function hitRateLimit(db: Db, rule: RateRule, subject: string, now: Date) {
  const key = `${rule.name}:${subject.slice(0, 200)}`;
  const reset = new Date(now.getTime() + rule.windowMs);
  const [row] = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" (key, count, "resetAt") VALUES (${key}, 1, ${reset})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit".count + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${reset} ELSE "RateLimit"."resetAt" END
    RETURNING count, "resetAt"`;
  const retryAfterSeconds = Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000));
  return { allowed: row.count <= rule.limit, count: row.count, retryAfterSeconds };
}

/** Throws a 429 with Retry-After once the subject is over the rule's limit. */
export async function enforceRateLimit(db: Db, rule: RateRule, subject: string, now: Date): Promise<void> {
  const hit = await hitRateLimit(db, rule, subject, now);
  if (!hit.allowed)
    throw new AppError(
      "rate_limited",
      msg("errors.rateLimited", { seconds: hit.retryAfterSeconds }),
      { retry_after_seconds: hit.retryAfterSeconds },
      { "Retry-After": String(hit.retryAfterSeconds) },
    );
}

/** Refuses (429) once the subject has already used its attempts in the current window, without counting one. */
export async function assertUnderRateLimit(db: Db, rule: RateRule, subject: string, now: Date): Promise<void> {
  const key = `${rule.name}:${subject.slice(0, 200)}`;
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= now || row.count < rule.limit) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000));
  throw new AppError(
    "rate_limited",
    msg("errors.rateLimited", { seconds: retryAfterSeconds }),
    { retry_after_seconds: retryAfterSeconds },
    { "Retry-After": String(retryAfterSeconds) },
  );
}

/** A success forgives the subject's earlier failures. */
export async function clearRateLimit(db: Db, rule: RateRule, subject: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: `${rule.name}:${subject.slice(0, 200)}` } });
}

/** Old windows are worthless; the cleanup cron drops them. */
export function purgeRateLimits(db: Db, now: Date) {
  return db.rateLimit.deleteMany({ where: { resetAt: { lt: now } } });
}
