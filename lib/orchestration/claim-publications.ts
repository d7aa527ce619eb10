import { Prisma } from "@/lib/generated/prisma/client";
import { type Db, preparedQuery, sqlPool } from "@/lib/db";
import type { ContentBrand, ContentPost } from "./build-content-package";
import { ledgerConditions, scopeConditions } from "./scope-sql";
import type { PostNetwork, RunScope } from "./types";

/** The claimed post with what publishing it needs, read in the claim's own statement. */
interface ClaimedPost extends ContentPost {
  brandId: string;
  scheduledAt: Date;
  signalIds: string[];
  /** X thread tweets after the first, and the optional first comment (publish-steps.ts) */
  parts: string[];
  firstComment: string | null;
  /** library images to upload before the post */
  mediaIds: string[];
  /** a carousel's slides: a PDF on LinkedIn, photos on Facebook */
  slides: string[];
  brand: ContentBrand;
}

export interface Claim {
  id: string;
  attempt: number;
  postId: string;
  brandId: string;
  platform: PostNetwork;
  prevState: string;
  prevFailureClass: string | null;
  post: ClaimedPost;
}

const ELIGIBLE = (now: Date) => Prisma.sql`(
  (l.state = 'pending' AND p.status = 'approved')
  OR (l.state = 'failed' AND l."failureClass" = 'retryable' AND l."nextAttemptAt" <= ${now} AND p.status IN ('approved', 'failed'))
  OR (l.state = 'unknown' AND (l."nextAttemptAt" IS NULL OR l."nextAttemptAt" <= ${now}))
  OR (l.state IN ('claimed', 'sending') AND l."leaseUntil" < ${now})
)`;

interface Row {
  id: string;
  attempt: number;
  postId: string;
  brandId: string;
  platform: PostNetwork;
  prev_state: string;
  prev_class: string | null;
  post_date: string;
  scheduledAt: Date;
  pillar: string;
  format: string;
  body: string;
  link: string | null;
  hashtags: string[];
  contentHash: string;
  signalIds: string[];
  parts: string[];
  firstComment: string | null;
  mediaIds: string[];
  slides: string[];
  slug: string;
  name: string;
  timezone: string;
  language: string;
}

/**
 * A ledger row with its post and brand, joined by primary key. Not an EXISTS: right after a day's rows
 * are written, before autovacuum has analyzed them, the planner turned that semi-join into a nested loop
 * over every post of the workspace per ledger row (4 s for 3,000 rows); a join by key stays linear.
 */
const LEDGER = Prisma.sql`"Publication" l JOIN "Post" p ON p.id = l."postId" JOIN "Brand" b ON b.id = p."brandId"`;

/**
 * What sending needs of the post and brand, read where the claim finds its rows: joined again after the
 * update, the planner (which cannot count the update's rows) hashed the whole Brand table on every claim.
 */
const POST_COLUMNS = Prisma.sql`p.date::text AS post_date, p."scheduledAt", p.pillar, p.format, p.body, p.link,
  COALESCE(p.hashtags, '{}') AS hashtags, p."contentHash", COALESCE(p."signalIds", '{}') AS "signalIds",
  COALESCE(p.parts, '{}') AS parts, p."firstComment", COALESCE(p."mediaIds", '{}') AS "mediaIds",
  COALESCE(p.slides, '{}') AS slides, b.slug, b.name, b.timezone, b.language`;

/**
 * Conditions over LEDGER for rows that a claim may take now. A claim by ids leaves out the ledger's own
 * (state, date) conditions: the rows' post and state are re-checked anyway, and with them the planner,
 * misled by a day's rows inserted since the last ANALYZE, walks that index instead of the primary key.
 */
function claimable(scope: RunScope, now: Date, byId = false): Prisma.Sql {
  return Prisma.sql`${byId ? Prisma.sql`TRUE` : ledgerConditions(scope, now)}
    AND ${scopeConditions({ ...scope, dueOnly: false }, now)} AND ${ELIGIBLE(now)}
    AND ${scope.dueOnly ? Prisma.sql`(l.state <> 'pending' OR p."scheduledAt" <= ${now})` : Prisma.sql`TRUE`}`;
}

/**
 * The ids a run expects to claim, read once: claiming by id then costs the same for the first row and
 * the 30,000th, where a claim that searches the ledger slows down as the day's published rows pile up.
 * Only a hint: every claim re-checks the row under its lock.
 */
export async function claimableIds(db: Db, scope: RunScope, now: Date): Promise<string[]> {
  const query = Prisma.sql`SELECT l.id FROM ${LEDGER} WHERE ${claimable(scope, now)}`;
  const { rows } = await sqlPool(db).query<{ id: string }>(query.text, query.values);
  return rows.map((r) => r.id);
}

/**
 * Claims up to `limit` rows (among `ids` when given) and loads their posts in one round trip. SKIP
 * LOCKED lets concurrent runs share the work without waiting, and the incremented attempt number fences
 * every later write of this claim. In a due-only scope a pending row waits for its post's time (a post
 * moved later keeps its ledger row); rows already under way or being retried are never held back.
 */
export async function claimPublications(
  db: Db,
  scope: RunScope,
  opts: { now: Date; limit: number; workerId: string; leaseMs: number; ids?: string[] },
): Promise<Claim[]> {
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  const query = Prisma.sql`
    WITH c AS (
      SELECT l.id, l.state AS prev_state, l."failureClass" AS prev_class, ${POST_COLUMNS}
      FROM ${LEDGER}
      WHERE ${opts.ids ? Prisma.sql`l.id = ANY(${opts.ids}::text[]) AND ${claimable(scope, opts.now, true)}` : claimable(scope, opts.now)}
      LIMIT ${opts.limit}
      FOR UPDATE OF l SKIP LOCKED
    ), u AS (
      UPDATE "Publication" l
      SET state = 'claimed', attempt = l.attempt + 1, "leaseOwner" = ${opts.workerId},
          "leaseUntil" = ${leaseUntil}, "updatedAt" = ${opts.now}
      FROM c WHERE l.id = c.id
      RETURNING l.id, l.attempt, l."postId", l."brandId", l.platform::text AS platform,
                c.prev_state::text AS prev_state, c.prev_class::text AS prev_class
    )
    SELECT u.*, c.post_date, c."scheduledAt", c.pillar, c.format, c.body, c.link, c.hashtags, c."contentHash",
           c."signalIds", c.parts, c."firstComment", c."mediaIds", c.slides, c.slug, c.name, c.timezone, c.language
    FROM u JOIN c ON c.id = u.id`;
  const { rows } = await preparedQuery<Row>(db, query.text, query.values);
  return rows.map((r) => ({
    id: r.id,
    attempt: r.attempt,
    postId: r.postId,
    brandId: r.brandId,
    platform: r.platform,
    prevState: r.prev_state,
    prevFailureClass: r.prev_class,
    post: {
      id: r.postId,
      brandId: r.brandId,
      platform: r.platform,
      date: new Date(`${r.post_date}T00:00:00Z`),
      scheduledAt: r.scheduledAt,
      pillar: r.pillar,
      format: r.format,
      body: r.body,
      link: r.link,
      hashtags: r.hashtags,
      contentHash: r.contentHash,
      signalIds: r.signalIds,
      parts: r.parts,
      firstComment: r.firstComment,
      mediaIds: r.mediaIds,
      slides: r.slides,
      brand: { id: r.brandId, slug: r.slug, name: r.name, timezone: r.timezone, language: r.language },
    },
  }));
}
