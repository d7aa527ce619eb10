import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { localTime } from "@/lib/dates/zoned";
import { shiftInstant } from "@/lib/dates/days";
import { NETWORKS } from "@/lib/strategy/networks";
import { ENGAGEMENTS, LATEST_SNAPSHOTS } from "./metrics-sql";
import { bestTimes, MIN_NETWORK_POSTS, MIN_SLOT_POSTS } from "./best-times";

const WINDOW_DAYS = 90;

/** A brand's best posting slots per network from its published posts' latest metrics (90 days). */
export async function getBestTimes({
  db,
  workspaceId,
  ref,
  now,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  now: Date;
}) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const rows = await db.$queryRaw<
    { platform: string; scheduledAt: Date; date: Date; impressions: number; engagements: number }[]
  >(Prisma.sql`
    SELECT p.platform::text AS platform, p."scheduledAt", p.date, s.impressions, ${ENGAGEMENTS}::int AS engagements
    FROM "Post" p JOIN ${LATEST_SNAPSHOTS} s ON s."postId" = p.id
    WHERE p."brandId" = ${brand.id} AND p.status = 'published' AND p.date >= ${shiftInstant(now, -WINDOW_DAYS)}`);
  const outcomes = rows.map((r) => ({
    network: r.platform,
    weekday: r.date.getUTCDay(),
    hour: Number(localTime(r.scheduledAt, brand.timezone).slice(0, 2)),
    engagementRate: r.impressions > 0 ? r.engagements / r.impressions : 0,
  }));
  return {
    brand: brand.slug,
    timezone: brand.timezone,
    window_days: WINDOW_DAYS,
    min_slot_posts: MIN_SLOT_POSTS,
    min_network_posts: MIN_NETWORK_POSTS,
    posting_hours: { start: brand.postingStartHour, end: brand.postingEndHour },
    networks: bestTimes(outcomes, NETWORKS, { start: brand.postingStartHour, end: brand.postingEndHour }),
  };
}
