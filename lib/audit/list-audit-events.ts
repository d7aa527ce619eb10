import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import type { Db } from "@/lib/db";
import type { AuditQuery } from "@/lib/schemas/audit";
import { addDays } from "@/lib/dates/days";

type Filters = Omit<AuditQuery, "format" | "limit" | "cursor" | "delimiter">;

interface Row {
  id: string;
  action: string;
  actorLabel: string;
  actorName: string | null;
  targetName: string | null;
  entityType: string;
  entityId: string;
  data: unknown;
  createdAt: Date;
  brandSlug: string | null;
  brandName: string | null;
}

/**
 * The workspace's activity, newest first. An event's brand is found through what it is about: the brand
 * itself, one of its posts, plans or connections, an image uploaded for it, or, for an undo, what the
 * undone change was about. People are named by their current name (the stored label is their email).
 */
export async function listAuditEvents({
  db,
  workspaceId,
  filters,
  cursor,
  limit,
}: {
  db: Db;
  workspaceId: string;
  filters: Filters;
  cursor?: string;
  limit: number;
}) {
  const where: Prisma.Sql[] = [Prisma.sql`e."workspaceId" = ${workspaceId}`];
  if (filters.brand)
    where.push(Prisma.sql`(b.slug = ${filters.brand.toLowerCase()} OR lower(b.name) = lower(${filters.brand}))`);
  if (filters.actor) where.push(Prisma.sql`(e."actorLabel" = ${filters.actor} OR e."actorId" = ${filters.actor})`);
  if (filters.action) where.push(Prisma.sql`(e.action = ${filters.action} OR e.action LIKE ${`${filters.action}.%`})`);
  if (filters.from) where.push(Prisma.sql`e."createdAt" >= ${new Date(`${filters.from}T00:00:00Z`)}`);
  if (filters.to) where.push(Prisma.sql`e."createdAt" < ${new Date(`${addDays(filters.to, 1)}T00:00:00Z`)}`);
  if (cursor) {
    const c = decodeCursor(cursor);
    where.push(Prisma.sql`(e."createdAt", e.id) < (${c.date}, ${c.id})`);
  }
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT e.id, e.action, e."actorLabel", e."entityType", e."entityId", e.data, e."createdAt",
           b.slug AS "brandSlug", b.name AS "brandName",
           NULLIF(btrim(au.name), '') AS "actorName", NULLIF(btrim(tu.name), '') AS "targetName"
    FROM "AuditEvent" e
    LEFT JOIN "User" au ON au.id = e."actorId"
    LEFT JOIN "User" tu ON e."entityType" = 'user' AND tu.id = e."entityId"
    LEFT JOIN "Post" p ON e."entityType" = 'post' AND p.id = e."entityId"
    LEFT JOIN "Plan" pl ON e."entityType" = 'plan' AND pl.id = e."entityId"
    LEFT JOIN "ChannelConnection" c ON e."entityType" = 'connection' AND c.id = e."entityId"
    LEFT JOIN "AuditEvent" u ON e."entityType" = 'change' AND u.id = e."entityId" AND u."workspaceId" = e."workspaceId"
    LEFT JOIN "Post" up ON u."entityType" = 'post' AND up.id = u."entityId"
    LEFT JOIN "Plan" upl ON u."entityType" = 'plan' AND upl.id = u."entityId"
    LEFT JOIN "Brand" b ON b."workspaceId" = e."workspaceId"
      AND b.id = COALESCE(CASE WHEN e."entityType" = 'brand' THEN e."entityId" END, p."brandId", pl."brandId", c."brandId",
        CASE WHEN e."entityType" = 'media' THEN e.data->>'brandId' END,
        CASE WHEN u."entityType" = 'brand' THEN u."entityId" END, up."brandId", upl."brandId")
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY e."createdAt" DESC, e.id DESC
    LIMIT ${limit + 1}`);
  const page = rows.slice(0, limit);
  return {
    events: page.map((r) => ({
      id: r.id,
      action: r.action,
      actor: r.actorLabel,
      /** the member's current name; null when the actor is not a member with one (then `actor` names it) */
      actor_name: r.actorName,
      target_type: r.entityType,
      target_id: r.entityId,
      /** for an event about a member (role change, removal): their current name, else null */
      target_name: r.targetName,
      brand: r.brandSlug,
      brand_name: r.brandName,
      at: r.createdAt.toISOString(),
      details: r.data ?? null,
    })),
    next_cursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  };
}
export type AuditPage = Awaited<ReturnType<typeof listAuditEvents>>;
export type AuditEventDto = AuditPage["events"][number];
