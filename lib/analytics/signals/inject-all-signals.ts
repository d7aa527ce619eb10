import { Prisma } from "@/lib/generated/prisma/client";
import { concurrencyLimit } from "@/lib/orchestration/limit-sends";
import { injectSignals, type SignalDeps } from "./inject-signals";

/**
 * Brands in flight at once. A brand mostly waits on its feeds (up to 10 s each), so a few at a time
 * shorten the job many times over, while the job holds at most this many of the process's database
 * connections and leaves the rest of the pool to publishing, which runs in the same process.
 */
export const SIGNALS_CONCURRENCY = 4;

type BrandResult = Awaited<ReturnType<typeof injectSignals>> | { brandId: string; error: string };

/**
 * Every brand with unpublished posts on its own local today; a zone PostgreSQL does not know is skipped,
 * not fatal. A brand that throws is reported on its own and the others go on. Once `stopped()` says so
 * (the process is stopping, or the job's time is up) no further brand starts: those are counted as
 * `deferred`, and the next tick visits them.
 */
export async function injectAllSignals(
  deps: SignalDeps,
  opts: { concurrency?: number; stopped?: () => boolean } = {},
): Promise<{ brands: number; failed: number; deferred: number; results: BrandResult[] }> {
  // Brands whose feeds were read longest ago (or never) first: a tick that runs out of time leaves
  // different brands behind each time, never the same ones.
  const brands = await deps.db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT b.id FROM "Brand" b JOIN pg_timezone_names tz ON tz.name = b.timezone
    WHERE EXISTS (
      SELECT 1 FROM "Post" p WHERE p."brandId" = b.id AND p."archivedAt" IS NULL
        AND p.date = (${deps.now}::timestamptz AT TIME ZONE b.timezone)::date)
    ORDER BY (SELECT max(s."usedAt") FROM "Signal" s WHERE s."brandId" = b.id AND s.kind = 'feed_check') ASC NULLS FIRST,
      b.id`);
  const limit = concurrencyLimit(opts.concurrency ?? SIGNALS_CONCURRENCY);
  const results = await Promise.all(
    brands.map(({ id: brandId }) =>
      limit(async (): Promise<BrandResult | undefined> => {
        if (opts.stopped?.()) return undefined;
        try {
          return await injectSignals(deps, brandId);
        } catch (err) {
          return { brandId, error: err instanceof Error ? err.message : String(err) };
        }
      }),
    ),
  );
  const done = results.filter((r): r is BrandResult => r !== undefined);
  return {
    brands: brands.length,
    failed: done.filter((r) => "error" in r).length,
    deferred: brands.length - done.length,
    results: done,
  };
}
