import { Prisma } from "@/lib/generated/prisma/client";
import { METRIC_FIELDS, type MetricCounts } from "@/lib/networks/collector";

// Column names come from the fixed list above, never from input.
const column = (f: string) => Prisma.raw(`"${f}"`);

/**
 * The latest snapshot of each post: snapshots are append-only and cumulative, so the newest one
 * holds the post's totals.
 */
export const LATEST_SNAPSHOTS = Prisma.sql`(
  SELECT DISTINCT ON ("postId") "postId", ${Prisma.join(METRIC_FIELDS.map(column))}
  FROM "MetricSnapshot" ORDER BY "postId", "collectedAt" DESC
)`;

/** Engagements are reactions + comments + shares + clicks; the rate divides them by impressions (0 when none). */
export const ENGAGEMENTS = Prisma.sql`(s.reactions + s.comments + s.shares + s.clicks)`;

type MetricTotals = { posts: number } & MetricCounts & { engagements: number; engagement_rate: number };

/** The report's columns, in order. */
export const TOTAL_COLUMNS = ["posts", ...METRIC_FIELDS, "engagements", "engagement_rate"] as const;

export function toTotals(r: Record<string, unknown>): MetricTotals {
  const n = (k: string) => Number(r[k] ?? 0);
  const counts = Object.fromEntries(METRIC_FIELDS.map((f) => [f, n(f)])) as MetricCounts;
  const engagements = n("engagements");
  return {
    posts: n("posts"),
    ...counts,
    engagements,
    engagement_rate: counts.impressions > 0 ? round(engagements / counts.impressions) : 0,
  };
}

export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export const SUMS = Prisma.sql`
  COUNT(*)::int AS posts,
  ${Prisma.join(
    METRIC_FIELDS.map((f) => Prisma.sql`COALESCE(SUM(s.${column(f)}), 0)::bigint AS ${column(f)}`),
    ",\n  ",
  )},
  COALESCE(SUM(${ENGAGEMENTS}), 0)::bigint AS engagements`;
