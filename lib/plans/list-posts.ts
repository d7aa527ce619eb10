import type { Db } from "@/lib/db";
import { readPillars } from "./post-columns";
import { resolveBrand } from "@/lib/brands/resolve-brand";
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
  return {
    brand: brand.slug,
    posts: posts.map((p) => postDto(p, brand.timezone)),
    pillars: readPillars(plan?.pillars),
  };
}
