import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { brandToday } from "@/lib/dates/zoned";
import { contentHash } from "@/lib/strategy/content-hash";
import { buildGuidelines } from "@/lib/strategy/guidelines";
import { buildPillars } from "@/lib/strategy/pillars";
import { briefFromBrand } from "./brief-from-brand";
import { insertPosts, type NewPost } from "./insert-posts";
import { parseImport, type ImportError, type ImportRow } from "./parse-import";

/** The format an imported post is counted under in analytics. */
const FORMAT = { linkedin: "text", facebook: "question", x: "single" } as const;

/**
 * Posts from a spreadsheet, created as drafts. All rows are checked first: with any error nothing is written
 * and every error comes back with its row and column. Imported posts count as a person's work, so a later
 * "Regenerate month" keeps them.
 */
export async function importPosts({
  db,
  actor,
  ref,
  content,
  now,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  content: string;
  now: Date;
}): Promise<{ created: number; errors: ImportError[] }> {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  const { rows, errors } = parseImport(content, {
    timeZone: brand.timezone,
    today: brandToday(now, brand.timezone),
    now,
  });
  if (errors.length) return { created: 0, errors };
  const dates = rows.map((r) => r.date).sort();
  return db.$transaction(async (tx) => {
    const plan =
      (await tx.plan.findFirst({
        where: { brandId: brand.id, status: "active" },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      })) ?? (await createImportPlan(tx, brand, actor, dates[0], dates[dates.length - 1]));
    const posts = rows.map((r) => newImportedPost(r, plan.id, brand.id));
    await insertPosts(tx, posts, now);
    await tx.post.updateMany({
      where: { id: { in: posts.map((p) => p.id) } },
      data: { editedByHuman: true, humanTouchedAt: now, lastEditorId: actor.userId },
    });
    await recordEvent(tx, actor, {
      action: "post.import",
      entityType: "brand",
      entityId: brand.id,
      data: { brand: brand.slug, posts: posts.length, from: dates[0], to: dates[dates.length - 1] },
    });
    return { created: posts.length, errors: [] };
  });
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function createImportPlan(
  tx: Tx,
  brand: Parameters<typeof briefFromBrand>[0] & { id: string; language: string },
  actor: Actor,
  from: string,
  to: string,
) {
  const brief = briefFromBrand(brand);
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  return tx.plan.create({
    data: {
      brandId: brand.id,
      startDate: start,
      endDate: end,
      durationDays: Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1,
      language: brand.language,
      seed: 0,
      pillars: buildPillars(brief),
      guidelines: buildGuidelines(brief),
      brief: { ...brief, source: "import" },
      createdById: actor.userId,
    },
    select: { id: true },
  });
}

function newImportedPost(r: ImportRow, planId: string, brandId: string): NewPost {
  return {
    id: randomUUID(),
    planId,
    brandId,
    platform: r.network,
    date: new Date(`${r.date}T00:00:00Z`),
    scheduledAt: r.scheduledAt,
    pillar: "imported",
    angle: "",
    hook: "",
    hookTemplate: "import",
    cta: "",
    ctaTarget: "",
    format: r.network === "facebook" && r.link ? "link_post" : FORMAT[r.network],
    body: r.text,
    hashtags: [...new Set(r.text.match(/#[\p{L}\p{N}_]+/gu) ?? [])],
    link: r.link,
    contentHash: contentHash(r.text),
    writer: "import",
  };
}
