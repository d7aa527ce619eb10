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
  return tx.$executeRaw`
    UPDATE "Post" p
    SET "scheduledAt" = (p.date + (p."scheduledAt" AT TIME ZONE ${from})::time) AT TIME ZONE ${to},
        "updatedAt" = now()
    WHERE p."brandId" = ${brandId} AND p."archivedAt" IS NULL AND p.status <> 'published'
      AND NOT EXISTS (
        SELECT 1 FROM "Publication" l
        WHERE l."postId" = p.id AND l.state IN ('claimed', 'sending', 'published', 'unknown'))`;
}
