import type { Db } from "@/lib/db";

type Tx = Pick<Db, "$executeRaw">;

/**
 * A brand's time zone changed: its posts still to go out keep their day and local time and are moved to
 * the instant that is in the new zone, as a person reading the calendar expects. A post already sent, or
 * whose send may be under way, keeps the instant it went out at, and takes that instant's day in the new
 * zone (the calendar shows it at its new-zone time, so on its new-zone day).
 */
export async function keepLocalTimes(tx: Tx, brandId: string, from: string, to: string): Promise<number> {
  if (from === to) return 0;
  await tx.$executeRaw`
    UPDATE "Post" p
    SET date = (p."scheduledAt" AT TIME ZONE ${to})::date, "updatedAt" = now()
    WHERE p."brandId" = ${brandId} AND p."archivedAt" IS NULL
      AND (p.status = 'published' OR EXISTS (
        SELECT 1 FROM "Publication" l
        WHERE l."postId" = p.id AND l.state IN ('claimed', 'sending', 'published', 'unknown')))
      AND p.date <> (p."scheduledAt" AT TIME ZONE ${to})::date`;
  // Postgres reads a local time that happens twice (clocks going back) as the later instant; zonedInstant,
  // which places every other post, takes the earlier one. The earlier candidate uses the offset of the day
  // before, as zonedInstant does, and wins only when it reads back as the same local time. A time the
  // clocks skip is pushed forward by the jump, as zonedInstant does too.
  return tx.$executeRaw`
    UPDATE "Post" p
    SET "scheduledAt" = (
          SELECT CASE WHEN e.earlier < w.later AND e.earlier AT TIME ZONE ${to} = w.local THEN e.earlier ELSE w.later END
          FROM (SELECT l.local, l.local AT TIME ZONE ${to} AS later
                FROM (SELECT p.date + (p."scheduledAt" AT TIME ZONE ${from})::time AS local) l) w,
          LATERAL (SELECT (w.local - ((w.later - interval '1 day') AT TIME ZONE ${to}
                                      - (w.later - interval '1 day') AT TIME ZONE 'UTC')) AT TIME ZONE 'UTC' AS earlier) e),
        "updatedAt" = now()
    WHERE p."brandId" = ${brandId} AND p."archivedAt" IS NULL AND p.status <> 'published'
      AND NOT EXISTS (
        SELECT 1 FROM "Publication" l
        WHERE l."postId" = p.id AND l.state IN ('claimed', 'sending', 'published', 'unknown'))`;
}
