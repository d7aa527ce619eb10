import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { brandToday, zonedInstant } from "@/lib/dates/zoned";
import { ENGAGEMENTS, LATEST_SNAPSHOTS, round, SUMS, toTotals } from "./metrics-sql";
import { addDays } from "@/lib/dates/days";

/** Yesterday in the brand's timezone, per network, against the 7 days before it. */
export async function getYesterday({
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
  const yesterday = addDays(brandToday(now, brand.timezone), -1);
  const baseFrom = addDays(yesterday, -7);
  const baseTo = addDays(yesterday, -1);
  const joins = Prisma.sql`FROM "Post" p JOIN ${LATEST_SNAPSHOTS} s ON s."postId" = p.id LEFT JOIN "Publication" l ON l."postId" = p.id`;
  const day = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT p.platform::text AS platform, ${SUMS} ${joins}
    WHERE p."brandId" = ${brand.id} AND p.date = ${yesterday}::date GROUP BY 1`);
  const base = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT p.platform::text AS platform, ${SUMS} ${joins}
    WHERE p."brandId" = ${brand.id} AND p.date BETWEEN ${baseFrom}::date AND ${baseTo}::date GROUP BY 1`);
  const ranked = await db.$queryRaw<
    {
      id: string;
      platform: string;
      pillar: string;
      hook: string;
      remote_url: string | null;
      impressions: number;
      engagements: bigint;
    }[]
  >(Prisma.sql`
    SELECT p.id, p.platform::text AS platform, p.pillar, p.hook, l."remoteUrl" AS remote_url, s.impressions, ${ENGAGEMENTS}::bigint AS engagements
    ${joins} WHERE p."brandId" = ${brand.id} AND p.date = ${yesterday}::date`);

  // What people said yesterday (brand-local), whichever day the post they answered went out.
  const heard = await db.socialComment.groupBy({
    by: ["platform", "sentiment"],
    where: {
      workspaceId,
      brandId: brand.id,
      createdAt: {
        gte: zonedInstant(yesterday, "00:00", brand.timezone),
        lt: zonedInstant(addDays(yesterday, 1), "00:00", brand.timezone),
      },
    },
    _count: { _all: true },
  });
  const sentiment = (platform?: string) => {
    const rows = heard.filter((h) => !platform || h.platform === platform);
    const n = (s: string) => rows.filter((r) => r.sentiment === s).reduce((t, r) => t + r._count._all, 0);
    const total = n("positive") + n("neutral") + n("negative");
    return {
      total,
      positive: n("positive"),
      neutral: n("neutral"),
      negative: n("negative"),
      negative_share: total ? round(n("negative") / total) : 0,
    };
  };
  const networks = [...new Set([...day, ...base].map((r) => String(r.platform)))].sort();
  const month = yesterday.slice(0, 7);
  const link = (id: string) => `/calendar?brand=${brand.slug}&month=${month}&post=${id}`;
  const rate = (p: (typeof ranked)[number]) => (p.impressions > 0 ? Number(p.engagements) / p.impressions : 0);
  return {
    brand: brand.slug,
    date: yesterday,
    timezone: brand.timezone,
    baseline: { from: baseFrom, to: baseTo },
    comments: sentiment(),
    networks: networks.map((platform) => {
      const d = toTotals(day.find((r) => r.platform === platform) ?? {});
      const b = toTotals(base.find((r) => r.platform === platform) ?? {});
      const basePerPost = (k: "impressions" | "engagements") => (b.posts ? b[k] / b.posts : 0);
      const posts = ranked.filter((p) => p.platform === platform).sort((x, y) => rate(y) - rate(x));
      const pick = (p?: (typeof posts)[number]) =>
        p
          ? {
              post_id: p.id,
              pillar: p.pillar,
              hook: p.hook,
              engagement_rate: round(rate(p)),
              remote_url: p.remote_url,
              calendar_url: link(p.id),
            }
          : null;
      return {
        platform,
        posts: d.posts,
        impressions: d.impressions,
        engagements: d.engagements,
        engagement_rate: d.engagement_rate,
        change: {
          impressions_per_post: change(d.posts ? d.impressions / d.posts : 0, basePerPost("impressions")),
          engagements_per_post: change(d.posts ? d.engagements / d.posts : 0, basePerPost("engagements")),
          engagement_rate: change(d.engagement_rate, b.engagement_rate),
        },
        comments: sentiment(platform),
        best: pick(posts[0]),
        worst: posts.length > 1 ? pick(posts[posts.length - 1]) : null,
      };
    }),
  };
}

/** Relative change against the baseline; null when there is no baseline to compare with. */
function change(value: number, baseline: number): number | null {
  return baseline > 0 ? round((value - baseline) / baseline) : null;
}
