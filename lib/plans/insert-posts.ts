import { Prisma } from "@/lib/generated/prisma/client";
import { type Db, sqlPool } from "@/lib/db";
import { utcDay } from "@/lib/dates/days";
import { sqlArray } from "@/lib/sql-array";

export interface NewPost {
  id: string;
  planId: string;
  brandId: string;
  platform: string;
  date: Date;
  scheduledAt: Date;
  pillar: string;
  angle: string;
  hook: string;
  hookTemplate: string;
  cta: string;
  ctaTarget: string;
  format: string;
  body: string;
  hashtags: string[];
  /** X threads: every tweet, the first being `body` */
  parts?: string[];
  /** LinkedIn carousels: the document's slides */
  slides?: string[];
  link: string | null;
  contentHash: string;
  abVariant?: string | null;
  writer?: string;
  writerNote?: string | null;
  status?: string;
}

type Tx = Pick<Db, "$executeRaw">;

/**
 * A month of posts in one statement, one array literal per column: ORM row-by-row inserts cost about a
 * millisecond per post, and a JSON document per batch costs Postgres a parse of every row.
 */
export async function insertPosts(db: Tx, rows: NewPost[], now: Date): Promise<number> {
  if (rows.length === 0) return 0;
  return db.$executeRaw(insertPostsSql(rows, now));
}

/**
 * The same insert straight through the pool, outside any transaction, for bulk writers (the benchmark's
 * thousand months): there the ORM's round trip of every parameter through JSON costs more than the insert.
 */
export async function insertPostsBulk(db: Db, rows: NewPost[], now: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const query = insertPostsSql(rows, now);
  return (await sqlPool(db).query(query.text, query.values)).rowCount ?? 0;
}

function insertPostsSql(rows: NewPost[], now: Date): Prisma.Sql {
  const col = (f: (r: NewPost) => string | null) => sqlArray(rows.map(f));
  // Unit-separator-joined text is far cheaper for Postgres to split than a nested array per row.
  const joined = (items: string[] | undefined) => (items ?? []).join("\u001f");
  return Prisma.sql`
    INSERT INTO "Post" (id, "planId", "brandId", platform, date, "scheduledAt", pillar, angle, hook, "hookTemplate", cta, "ctaTarget", format,
                        body, hashtags, link, status, "contentHash", writer, "writerNote", "abVariant", "signalIds", parts, slides,
                        "createdAt", "updatedAt")
    SELECT r.id, r.plan, r.brand, r.platform::"Platform", r.date, r.at, r.pillar, r.angle, r.hook, r.hook_template, r.cta, r.cta_target,
           r.format, r.body, COALESCE(string_to_array(NULLIF(r.tags, ''), chr(31)), '{}'), r.link, r.status::"PostStatus", r.hash, r.writer,
           r.note, r.ab, '{}', COALESCE(string_to_array(NULLIF(r.parts, ''), chr(31)), '{}'),
           COALESCE(string_to_array(NULLIF(r.slides, ''), chr(31)), '{}'), ${now}, ${now}
    FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.planId)}::text[], ${col((r) => r.brandId)}::text[],
                ${col((r) => r.platform)}::text[], ${col((r) => utcDay(r.date))}::date[], ${col((r) => r.scheduledAt.toISOString())}::timestamptz[],
                ${col((r) => r.pillar)}::text[], ${col((r) => r.angle)}::text[], ${col((r) => r.hook)}::text[],
                ${col((r) => r.hookTemplate)}::text[], ${col((r) => r.cta)}::text[], ${col((r) => r.ctaTarget)}::text[],
                ${col((r) => r.format)}::text[], ${col((r) => r.body)}::text[], ${col((r) => joined(r.hashtags))}::text[],
                ${col((r) => r.link)}::text[], ${col((r) => r.status ?? "draft")}::text[], ${col((r) => r.contentHash)}::text[],
                ${col((r) => r.writer ?? "template")}::text[], ${col((r) => r.writerNote ?? null)}::text[],
                ${col((r) => r.abVariant ?? null)}::text[], ${col((r) => joined(r.parts))}::text[],
                ${col((r) => joined(r.slides))}::text[])
      AS r(id, plan, brand, platform, date, at, pillar, angle, hook, hook_template, cta, cta_target, format, body, tags, link, status,
           hash, writer, note, ab, parts, slides)`;
}
