import { Prisma } from "@/lib/generated/prisma/client";
import { injectSignals, type SignalDeps } from "./inject-signals";

/** Every brand with unpublished posts on its own local today; a zone PostgreSQL does not know is skipped, not fatal. */
export async function injectAllSignals(deps: SignalDeps) {
  const brands = await deps.db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT DISTINCT b.id FROM "Brand" b JOIN "Post" p ON p."brandId" = b.id
    JOIN pg_timezone_names tz ON tz.name = b.timezone
    WHERE p."archivedAt" IS NULL AND p.date = (${deps.now}::timestamptz AT TIME ZONE b.timezone)::date`);
  const results = [];
  for (const b of brands) {
    try {
      results.push(await injectSignals(deps, b.id));
    } catch (err) {
      results.push({ brandId: b.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return results;
}
