import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { scopeConditions } from "./scope-sql";
import type { RunScope } from "./types";

/** Approved, unpublished posts of the scope whose scheduled time is still ahead: what "Publish early" would send. */
export async function notDue(db: Db, scope: RunScope, now: Date) {
  const rows = await db.$queryRaw<{ id: string; slug: string; name: string; platform: string; scheduledAt: Date }[]>(
    Prisma.sql`
    SELECT p.id, b.slug, b.name, p.platform::text AS platform, p."scheduledAt"
    FROM "Post" p JOIN "Brand" b ON b.id = p."brandId"
    LEFT JOIN "Publication" l ON l."postId" = p.id
    WHERE p.status = 'approved' AND p."scheduledAt" > ${now}
      AND (l.id IS NULL OR l.state = 'pending')
      AND ${scopeConditions({ ...scope, dueOnly: false }, now)}
    ORDER BY p."scheduledAt", b.slug, p.platform`,
  );
  return rows.map((r) => ({
    post_id: r.id,
    brand: r.slug,
    brand_name: r.name,
    platform: r.platform,
    scheduled_at: r.scheduledAt.toISOString(),
  }));
}
