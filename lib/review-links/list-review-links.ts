import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { utcDay } from "@/lib/dates/days";
import { newestFirst, olderThan, pageOf } from "@/lib/pagination/keyset-cursor";

/**
 * A brand's client review links, newest first, a page at a time. `activeOnly` leaves out revoked and
 * expired ones, so the links a client can still open are never pushed off the page by dead ones.
 */
export async function listReviewLinks({
  db,
  workspaceId,
  ref,
  now,
  limit,
  cursor,
  activeOnly = false,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  now: Date;
  limit: number;
  cursor?: string;
  activeOnly?: boolean;
}) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const rows = await db.reviewLink.findMany({
    where: {
      workspaceId,
      brandId: brand.id,
      ...(activeOnly ? { revokedAt: null, expiresAt: { gt: now } } : {}),
      ...olderThan(cursor),
    },
    orderBy: newestFirst(),
    take: limit + 1,
  });
  const { page, next_cursor } = pageOf(rows, limit);
  return {
    links: page.map((l) => ({
      id: l.id,
      from: utcDay(l.fromDate),
      to: utcDay(l.toDate),
      platforms: l.platforms,
      expires_at: l.expiresAt.toISOString(),
      state: l.revokedAt ? "revoked" : l.expiresAt <= now ? "expired" : "active",
    })),
    next_cursor,
  };
}
