import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import type { GROUP_BY } from "@/lib/schemas/analytics";
import { LATEST_SNAPSHOTS, SUMS, toTotals } from "./metrics-sql";

type GroupBy = (typeof GROUP_BY)[number];

const GROUP_SQL: Record<GroupBy, Prisma.Sql> = {
  day: Prisma.sql`to_char(p.date, 'YYYY-MM-DD')`,
  platform: Prisma.sql`p.platform::text`,
  pillar: Prisma.sql`p.pillar`,
  format: Prisma.sql`p.format`,
  hook: Prisma.sql`p."hookTemplate"`,
};

/** Totals and one series over published posts with metrics, by the post's brand-local date. */
export async function getPerformance({
  db,
  workspaceId,
  brandRef,
  from,
  to,
  platform,
  groupBy,
}: {
  db: Db;
  workspaceId: string;
  brandRef?: string;
  from: string;
  to: string;
  platform?: string;
  groupBy: GroupBy;
}) {
  const brand = brandRef ? await resolveBrand({ db, workspaceId, ref: brandRef }) : null;
  const where = Prisma.sql`b."workspaceId" = ${workspaceId}
    AND p.date BETWEEN ${from}::date AND ${to}::date
    ${brand ? Prisma.sql`AND p."brandId" = ${brand.id}` : Prisma.empty}
    ${platform ? Prisma.sql`AND p.platform::text = ${platform}` : Prisma.empty}`;
  const from_ = Prisma.sql`FROM "Post" p JOIN "Brand" b ON b.id = p."brandId" JOIN ${LATEST_SNAPSHOTS} s ON s."postId" = p.id`;
  const [totals] = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`SELECT ${SUMS} ${from_} WHERE ${where}`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>(
    Prisma.sql`SELECT ${GROUP_SQL[groupBy]} AS key, ${SUMS} ${from_} WHERE ${where} GROUP BY 1 ORDER BY 1`,
  );
  return {
    brand: brand?.slug ?? null,
    from,
    to,
    platform: platform ?? null,
    group_by: groupBy,
    engagement_rate_definition:
      "(reactions + comments + shares + clicks) / impressions, from each post's latest snapshot",
    totals: toTotals(totals),
    series: rows.map((r) => ({ key: String(r.key), ...toTotals(r) })),
  };
}

export type Performance = Awaited<ReturnType<typeof getPerformance>>;
