import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { notFound } from "@/lib/errors";
import { postDto } from "./post-dto";
import { planDto } from "./plan-dto";

export async function getActivePlan({ db, workspaceId, ref }: { db: Db; workspaceId: string; ref: string }) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const plan = await db.plan.findFirst({
    where: { brandId: brand.id, status: "active" },
    orderBy: { createdAt: "desc" },
  });
  if (!plan) throw notFound("activePlan", { brand: brand.name });
  const posts = await db.post.findMany({
    where: { planId: plan.id, archivedAt: null },
    include: { publication: true },
    orderBy: [{ date: "asc" }, { platform: "asc" }],
  });
  return { plan: planDto(plan), posts: posts.map((p) => postDto(p, brand.timezone)) };
}
