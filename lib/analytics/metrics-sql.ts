import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The latest snapshot of each post: snapshots are append-only and cumulative, so the newest one
 * holds the post's totals.
 */
export const LATEST_SNAPSHOTS = Prisma.sql`(
  SELECT DISTINCT ON ("postId") "postId", impressions, reach, clicks, reactions, comments, shares
  FROM "MetricSnapshot" ORDER BY "postId", "collectedAt" DESC
)`;

/** Engagements are reactions + comments + shares + clicks; the rate divides them by impressions (0 when none). */
export const ENGAGEMENTS = Prisma.sql`(s.reactions + s.comments + s.shares + s.clicks)`;

export interface MetricTotals {
  posts: number;
  impressions: number;
  reach: number;
  clicks: number;
  reactions: number;
  comments: number;
  shares: number;
  engagements: number;
  engagement_rate: number;
}

export function toTotals(r: Record<string, unknown>): MetricTotals {
  const n = (k: string) => Number(r[k] ?? 0);
  const impressions = n("impressions");
  const engagements = n("engagements");
  return {
    posts: n("posts"),
    impressions,
    reach: n("reach"),
    clicks: n("clicks"),
    reactions: n("reactions"),
    comments: n("comments"),
    shares: n("shares"),
    engagements,
    engagement_rate: impressions > 0 ? round(engagements / impressions) : 0,
  };
}

export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export const SUMS = Prisma.sql`
  COUNT(*)::int AS posts,
  COALESCE(SUM(s.impressions), 0)::bigint AS impressions,
  COALESCE(SUM(s.reach), 0)::bigint AS reach,
  COALESCE(SUM(s.clicks), 0)::bigint AS clicks,
  COALESCE(SUM(s.reactions), 0)::bigint AS reactions,
  COALESCE(SUM(s.comments), 0)::bigint AS comments,
  COALESCE(SUM(s.shares), 0)::bigint AS shares,
  COALESCE(SUM(${ENGAGEMENTS}), 0)::bigint AS engagements`;
