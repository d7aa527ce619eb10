import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { utcDay } from "@/lib/dates/days";

export async function listReviewLinks({
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
  const rows = await db.reviewLink.findMany({
    where: { workspaceId, brandId: brand.id },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return rows.map((l) => ({
    id: l.id,
    from: utcDay(l.fromDate),
    to: utcDay(l.toDate),
    platforms: l.platforms,
    expires_at: l.expiresAt.toISOString(),
    state: l.revokedAt ? "revoked" : l.expiresAt <= now ? "expired" : "active",
  }));
}
