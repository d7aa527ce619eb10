import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { notFound } from "@/lib/errors";
import { postDto } from "./post-dto";

export async function listPosts({
  db,
  workspaceId,
  ref,
  from,
  to,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  from: string;
  to: string;
}) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const [posts, plan] = await Promise.all([
    db.post.findMany({
      where: {
        brandId: brand.id,
        archivedAt: null,
        date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
      },
      include: { publication: true, _count: { select: { comments: true } } },
      orderBy: [{ date: "asc" }, { platform: "asc" }],
    }),
    db.plan.findFirst({
      where: { brandId: brand.id, status: "active" },
      orderBy: { createdAt: "desc" },
      select: { pillars: true },
    }),
  ]);
  return { brand: brand.slug, posts: posts.map((p) => postDto(p, brand.timezone)), pillars: plan?.pillars ?? [] };
}

/** One brand-local day's posts; a day without posts is a 404 so callers can tell "nothing planned". */
export async function getDayPosts({
  db,
  workspaceId,
  ref,
  date,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  date: string;
}) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const posts = await db.post.findMany({
    where: { brandId: brand.id, archivedAt: null, date: new Date(`${date}T00:00:00Z`) },
    include: { publication: true },
    orderBy: { platform: "asc" },
  });
  if (posts.length === 0) throw notFound(`Posts for ${brand.name} on ${date}`);
  return { brand: brand.slug, date, posts: posts.map((p) => postDto(p, brand.timezone)) };
}

export async function getActivePlan({ db, workspaceId, ref }: { db: Db; workspaceId: string; ref: string }) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const plan = await db.plan.findFirst({
    where: { brandId: brand.id, status: "active" },
    orderBy: { createdAt: "desc" },
  });
  if (!plan) throw notFound(`An active plan for ${brand.name}`);
  const posts = await db.post.findMany({
    where: { planId: plan.id, archivedAt: null },
    include: { publication: true },
    orderBy: [{ date: "asc" }, { platform: "asc" }],
  });
  return { plan: planDto(plan), posts: posts.map((p) => postDto(p, brand.timezone)) };
}

export function planDto(plan: {
  id: string;
  brandId: string;
  startDate: Date;
  endDate: Date;
  durationDays: number;
  language: string;
  seed: number;
  status: string;
  pillars: unknown;
  guidelines: unknown;
  createdAt: Date;
}) {
  return {
    id: plan.id,
    brand_id: plan.brandId,
    start_date: plan.startDate.toISOString().slice(0, 10),
    end_date: plan.endDate.toISOString().slice(0, 10),
    duration_days: plan.durationDays,
    language: plan.language,
    seed: plan.seed,
    status: plan.status,
    pillars: plan.pillars,
    guidelines: plan.guidelines,
    created_at: plan.createdAt.toISOString(),
  };
}
