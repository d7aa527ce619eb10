import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { notFound } from "@/lib/errors";
import { postDto } from "./post-dto";

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
  if (posts.length === 0) throw notFound("dayPosts", { brand: brand.name, date });
  return { brand: brand.slug, date, posts: posts.map((p) => postDto(p, brand.timezone)) };
}
