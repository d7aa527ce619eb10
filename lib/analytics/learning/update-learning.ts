import type { Text } from "@/lib/i18n/text";
import { Prisma } from "@/lib/generated/prisma/client";
import { readPillars } from "@/lib/plans/post-columns";
import { brandColumns } from "@/lib/brands/brand-columns";
import type { Db } from "@/lib/db";
import { localTime } from "@/lib/dates/zoned";
import { ENGAGEMENTS, LATEST_SNAPSHOTS } from "../metrics-sql";
import { decideAbTest } from "./ab-test";
import { computeWeights, explainWeights, type Outcome } from "./compute-weights";
import { DAY_MS, shiftInstant } from "@/lib/dates/days";

const WINDOW_DAYS = 60;

export interface BrandLearning {
  weights: ReturnType<typeof computeWeights>;
  /** catalogue messages, rendered for the reader by renderLearning (older rows hold English strings) */
  explanations: Text[];
  ab: Record<string, ReturnType<typeof decideAbTest> & { hooks: [string, string] }>;
  samples: number;
  updated_at: string;
}

/** Re-weights a brand's pillars, hooks, formats and hours from its published posts' results. */
export async function updateLearning({
  db,
  brandId,
  now,
}: {
  db: Db;
  brandId: string;
  now: Date;
}): Promise<BrandLearning> {
  const brand = await db.brand.findUniqueOrThrow({ where: { id: brandId } });
  const since = shiftInstant(now, -WINDOW_DAYS);
  const rows = await db.$queryRaw<
    {
      id: string;
      platform: string;
      pillar: string;
      hookTemplate: string;
      format: string;
      scheduledAt: Date;
      date: Date;
      abVariant: string | null;
      impressions: number;
      engagements: number;
    }[]
  >(Prisma.sql`
    SELECT p.id, p.platform::text AS platform, p.pillar, p."hookTemplate", p.format, p."scheduledAt", p.date, p."abVariant",
           s.impressions, ${ENGAGEMENTS}::int AS engagements
    FROM "Post" p JOIN ${LATEST_SNAPSHOTS} s ON s."postId" = p.id
    WHERE p."brandId" = ${brandId} AND p.date >= ${since}`);
  const heard = await db.socialComment.groupBy({
    by: ["postId", "sentiment"],
    where: { brandId, postId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const commentsOf = (postId: string) => {
    const mine = heard.filter((h) => h.postId === postId);
    return {
      comments: mine.reduce((s, h) => s + h._count._all, 0),
      negativeComments: mine.find((h) => h.sentiment === "negative")?._count._all ?? 0,
    };
  };
  const outcomes: Outcome[] = rows.map((r) => ({
    network: r.platform,
    pillar: r.pillar,
    hook: r.hookTemplate,
    format: r.format,
    hour: localTime(r.scheduledAt, brand.timezone).slice(0, 2),
    engagementRate: r.impressions > 0 ? r.engagements / r.impressions : 0,
    ageDays: Math.max(0, (now.getTime() - r.date.getTime()) / DAY_MS),
    ...commentsOf(r.id),
  }));
  const plan = await db.plan.findFirst({ where: { brandId }, orderBy: { createdAt: "desc" } });
  const labels = Object.fromEntries(readPillars(plan?.pillars).map((p) => [p.key, p.name]));

  const ab: BrandLearning["ab"] = {};
  for (const [pillar, hooks] of Object.entries(brandColumns(brand).abTests ?? {})) {
    const arm = (v: string) => {
      const xs = rows.filter((r) => r.pillar === pillar && r.abVariant === v);
      return {
        posts: xs.length,
        impressions: xs.reduce((s, r) => s + r.impressions, 0),
        engagements: xs.reduce((s, r) => s + r.engagements, 0),
      };
    };
    ab[pillar] = { ...decideAbTest(arm("A"), arm("B")), hooks };
  }

  const learning: BrandLearning = {
    weights: computeWeights(outcomes),
    explanations: explainWeights(outcomes, labels),
    ab,
    samples: outcomes.length,
    updated_at: now.toISOString(),
  };
  await db.brand.update({ where: { id: brandId }, data: { learning: learning as unknown as Prisma.InputJsonValue } });
  return learning;
}
