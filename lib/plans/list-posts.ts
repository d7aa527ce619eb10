import { type Db, sqlPool } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import type { Post, Publication } from "@/lib/generated/prisma/client";
import { DTO_POST_COLUMNS, postDto } from "./post-dto";
import { readPillars } from "./post-columns";
import { planNetworks } from "./plan-networks";

type Row = Pick<Post, (typeof DTO_POST_COLUMNS)[number]> & {
  day: string;
  pub_state: Publication["state"] | null;
  pub_remote_id: string | null;
  pub_remote_url: string | null;
  pub_last_error: string | null;
  pub_failure_class: Publication["failureClass"];
  pub_next_attempt_at: Date | null;
  comment_count: number;
};

/**
 * A brand's posts between two days, with their ledger state and comment counts. The calendar reads
 * this on every visit and refetch, so it is one statement instead of the ORM's one per relation, and it
 * reads only the columns the DTO shows: parsing the row's other timestamps was a visible part of its cost.
 */
const MONTH_SQL = `
  SELECT ${DTO_POST_COLUMNS.map((c) => `p."${c}"`).join(", ")}, p.date::text AS day,
         l.state::text AS pub_state, l."remoteId" AS pub_remote_id, l."remoteUrl" AS pub_remote_url,
         l."lastError" AS pub_last_error, l."failureClass"::text AS pub_failure_class, l."nextAttemptAt" AS pub_next_attempt_at,
         (SELECT count(*)::int FROM "PostComment" c WHERE c."postId" = p.id) AS comment_count
  FROM "Post" p
  LEFT JOIN "Publication" l ON l."postId" = p.id
  WHERE p."brandId" = $1 AND p."archivedAt" IS NULL AND p.date BETWEEN $2::date AND $3::date
  ORDER BY p.date ASC, p.platform ASC`;

const ACTIVE_PILLARS_SQL = `
  SELECT pillars FROM "Plan" WHERE "brandId" = $1 AND status = 'active' ORDER BY "createdAt" DESC LIMIT 1`;

/** The common case, a live brand named by its slug, without the ORM; anything else goes through resolveBrand. */
async function brandBySlug(db: Db, workspaceId: string, ref: string) {
  const { rows } = await sqlPool(db).query<{ id: string; slug: string; timezone: string }>(
    `SELECT id, slug, timezone FROM "Brand" WHERE "workspaceId" = $1 AND slug = $2 AND "archivedAt" IS NULL`,
    [workspaceId, ref],
  );
  return rows[0];
}

export async function listPosts({
  db,
  workspaceId,
  ref,
  from,
  to,
  known,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  from: string;
  to: string;
  /** the brand, when the caller has already read it from this workspace (a page that listed its brands) */
  known?: { id: string; slug: string; timezone: string };
}) {
  const brand = known ?? (await brandBySlug(db, workspaceId, ref)) ?? (await resolveBrand({ db, workspaceId, ref }));
  const [{ rows }, plan] = await Promise.all([
    sqlPool(db).query<Row>(MONTH_SQL, [brand.id, from, to]),
    sqlPool(db).query<{ pillars: unknown }>(ACTIVE_PILLARS_SQL, [brand.id]),
  ]);
  const posts = rows.map((r) =>
    postDto(
      {
        ...r,
        // a DATE read by pg becomes local midnight; the day's text is exact in any zone
        date: new Date(`${r.day}T00:00:00Z`),
        publication: r.pub_state
          ? {
              state: r.pub_state,
              remoteId: r.pub_remote_id,
              remoteUrl: r.pub_remote_url,
              lastError: r.pub_last_error,
              failureClass: r.pub_failure_class,
              nextAttemptAt: r.pub_next_attempt_at,
            }
          : null,
        _count: { comments: r.comment_count },
      },
      brand.timezone,
    ),
  );
  // Empty days say what "Generate" would plan: the brand's own networks. Only then, so a month with posts costs no more.
  const networks = posts.length ? undefined : await planNetworks(db, { brandId: brand.id, from, to });
  return { brand: brand.slug, posts, pillars: readPillars(plan.rows[0]?.pillars), networks };
}
