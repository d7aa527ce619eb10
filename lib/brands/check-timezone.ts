import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";

/**
 * Node accepts some zones PostgreSQL does not (US/Pacific-New), and the cron converts times in SQL, so a
 * zone must be known to both before it is stored. The schema checks the runtime; this checks the database.
 */
export async function assertKnownTimezone(db: Db, timezone: string): Promise<void> {
  const rows = await db.$queryRaw<
    { ok: number }[]
  >`SELECT 1 AS ok FROM pg_timezone_names WHERE name = ${timezone} LIMIT 1`;
  if (rows.length === 0)
    throw new AppError("validation_error", msg("errors.brands.timezone", { timezone }), [
      { path: "timezone", message: msg("errors.detail.timezone") },
    ]);
}
