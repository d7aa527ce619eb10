import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { dayRange } from "@/lib/dates/days";
import { brandRange } from "./brand-range";
import { firstWords } from "@/lib/text/first-words";

type Counts = { positive: number; neutral: number; negative: number; total: number; negative_share: number };

function counts(rows: { sentiment: string; n: number }[]): Counts {
  const get = (s: string) => rows.filter((r) => r.sentiment === s).reduce((t, r) => t + r.n, 0);
  const c = { positive: get("positive"), neutral: get("neutral"), negative: get("negative") };
  const total = c.positive + c.neutral + c.negative;
  return { ...c, total, negative_share: total ? Math.round((c.negative / total) * 1000) / 1000 : 0 };
}

/** Sentiment share per brand-local day and per pillar, and the posts that drew the most comments. */
export async function getSentimentReport({
  db,
  workspaceId,
  ref,
  now,
  query,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  now: Date;
  query: { from?: string; to?: string; platform?: string };
}) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const range = brandRange(brand.timezone, now, query);
  const platform = query.platform ? Prisma.sql`AND c.platform::text = ${query.platform}` : Prisma.empty;
  const where = Prisma.sql`c."workspaceId" = ${workspaceId} AND c."brandId" = ${brand.id}
    AND c."createdAt" >= ${range.start} AND c."createdAt" < ${range.end} ${platform}`;
  const byDay = await db.$queryRaw<{ key: string; sentiment: string; n: number }[]>(Prisma.sql`
    SELECT to_char(c."createdAt" AT TIME ZONE ${brand.timezone}, 'YYYY-MM-DD') AS key, c.sentiment::text AS sentiment, count(*)::int AS n
    FROM "SocialComment" c WHERE ${where} GROUP BY 1, 2`);
  const byPillar = await db.$queryRaw<{ key: string; sentiment: string; n: number }[]>(Prisma.sql`
    SELECT p.pillar AS key, c.sentiment::text AS sentiment, count(*)::int AS n
    FROM "SocialComment" c JOIN "Post" p ON p.id = c."postId" WHERE ${where} GROUP BY 1, 2`);
  const top = await db.$queryRaw<{ id: string; n: number }[]>(Prisma.sql`
    SELECT c."postId" AS id, count(*)::int AS n FROM "SocialComment" c WHERE ${where}
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`);
  const posts = await db.post.findMany({
    where: { id: { in: top.map((t) => t.id) }, brandId: brand.id },
    select: {
      id: true,
      platform: true,
      pillar: true,
      body: true,
      date: true,
      publication: { select: { remoteUrl: true } },
    },
  });
  const perPost = await db.socialComment.groupBy({
    by: ["postId", "sentiment"],
    where: { postId: { in: top.map((t) => t.id) }, createdAt: { gte: range.start, lt: range.end } },
    _count: { _all: true },
  });
  const pillars = [...new Set(byPillar.map((r) => r.key))].sort();
  return {
    brand: brand.slug,
    timezone: brand.timezone,
    from: range.from,
    to: range.to,
    totals: counts([...byDay]),
    by_day: dayRange(range.from, range.to).map((day) => ({ day, ...counts(byDay.filter((r) => r.key === day)) })),
    by_pillar: pillars.map((pillar) => ({ pillar, ...counts(byPillar.filter((r) => r.key === pillar)) })),
    most_discussed: top.flatMap((t) => {
      const p = posts.find((x) => x.id === t.id);
      if (!p) return [];
      const mine = perPost.filter((r) => r.postId === p.id).map((r) => ({ sentiment: r.sentiment, n: r._count._all }));
      return [
        {
          post_id: p.id,
          platform: p.platform,
          pillar: p.pillar,
          excerpt: firstWords(p.body, 140),
          remote_url: p.publication?.remoteUrl ?? null,
          conversations_url: `/conversations?brand=${brand.slug}&post=${p.id}`,
          comments: counts(mine),
        },
      ];
    }),
  };
}
