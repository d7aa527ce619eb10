import type { Db } from "@/lib/db";
import { addDays } from "@/lib/dates/days";

/** How far around a plan a new text is kept clear of what the brand's accounts carry. */
export const RECENT_TEXT_DAYS = 90;

/**
 * The texts (bodies and thread parts) a plan for `from`..`to` must not repeat, because X and Facebook
 * refuse a text the account already posted: the brand's live posts within RECENT_TEXT_DAYS around the
 * range, those inside it only once published (the rest is what the plan replaces), and every post in that
 * window of the workspace's other brands that publish to one of the same accounts.
 */
export async function findRecentTexts(
  db: Pick<Db, "$queryRaw">,
  { brandId, from, to }: { brandId: string; from: string; to: string },
): Promise<string[]> {
  const rows = await db.$queryRaw<{ body: string; parts: string[] }[]>`
    SELECT p.body, p.parts FROM "Post" p
    WHERE p."archivedAt" IS NULL
      AND p.date BETWEEN ${addDays(from, -RECENT_TEXT_DAYS)}::date AND ${addDays(to, RECENT_TEXT_DAYS)}::date
      AND (
        (p."brandId" = ${brandId} AND (p.date < ${from}::date OR p.date > ${to}::date OR p.status = 'published'))
        OR p."brandId" IN (
          SELECT other."brandId"
          FROM "ChannelConnection" mine
          JOIN "ChannelConnection" other
            ON other.platform = mine.platform AND other."accountId" = mine."accountId"
           AND other."archivedAt" IS NULL AND other."brandId" <> mine."brandId"
          JOIN "Brand" b ON b.id = other."brandId"
           AND b."workspaceId" = (SELECT "workspaceId" FROM "Brand" WHERE id = ${brandId})
          WHERE mine."brandId" = ${brandId} AND mine."archivedAt" IS NULL))`;
  return rows.flatMap((r) => [r.body, ...r.parts]);
}
