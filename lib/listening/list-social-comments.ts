import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import type { CommentsQuery } from "@/lib/schemas/listening";
import { brandRange } from "./brand-range";
import { msg } from "@/lib/i18n/render-text";
import { replyDto } from "./reply-dto";
import { firstWords } from "@/lib/text/first-words";

/** Cursor: the last row's time and id, so a page never repeats or skips rows written meanwhile. */
function readCursor(cursor: string | undefined) {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const time = new Date(at ?? "");
  if (!id || Number.isNaN(time.getTime())) throw new AppError("bad_request", msg("errors.request.foreignCursor"));
  return { time, id };
}
const writeCursor = (time: Date, id: string) => Buffer.from(`${time.toISOString()}|${id}`).toString("base64url");

/** The brand's listened comments, newest first, with the networks' recent collection problems. */
export async function listSocialComments({
  db,
  workspaceId,
  ref,
  now,
  query,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  now: Date;
  query: CommentsQuery;
}) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const range = brandRange(brand.timezone, now, query);
  // One post's conversation is linked without dates (most-discussed posts of any range, the
  // negative-comments alert): it is the whole of it, however old, unless a range is asked for.
  const wholePost = !!query.post && !query.from && !query.to;
  const after = readCursor(query.cursor);
  const rows = await db.socialComment.findMany({
    where: {
      workspaceId,
      brandId: brand.id,
      ...(wholePost ? {} : { createdAt: { gte: range.start, lt: range.end } }),
      ...(query.platform ? { platform: query.platform } : {}),
      ...(query.sentiment ? { sentiment: query.sentiment } : {}),
      ...(query.post ? { postId: query.post } : {}),
      ...(query.answered === "yes" ? { replies: { some: { state: "sent", deletedAt: null } } } : {}),
      // still waiting: no reply on the network, and nobody marked it as needing none
      ...(query.answered === "no" ? { replies: { none: { state: "sent", deletedAt: null } }, handledAt: null } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.time } }, { createdAt: after.time, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    include: {
      post: {
        select: { id: true, pillar: true, body: true, date: true, publication: { select: { remoteUrl: true } } },
      },
      replies: { orderBy: { createdAt: "asc" } },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const issues = await db.auditEvent.findMany({
    where: {
      workspaceId,
      entityType: "brand",
      entityId: brand.id,
      action: "comments.collect_failed",
      createdAt: { gte: new Date(now.getTime() - 2 * 86_400_000) },
    },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  const seen = new Set<string>();
  return {
    brand: brand.slug,
    timezone: brand.timezone,
    from: wholePost ? null : range.from,
    to: wholePost ? null : range.to,
    comments: page.map((c) => ({
      id: c.id,
      platform: c.platform,
      author_name: c.authorName,
      text: c.text,
      language: c.language,
      sentiment: c.sentiment,
      score: c.score,
      labelled_by: c.labelledBy,
      url: c.url,
      created_at: c.createdAt,
      replies: c.replies.map(replyDto),
      handled_at: c.handledAt,
      handled_by: c.handledBy,
      post: {
        id: c.post.id,
        pillar: c.post.pillar,
        excerpt: firstWords(c.post.body, 140),
        remote_url: c.post.publication?.remoteUrl ?? null,
        calendar_url: `/calendar?brand=${brand.slug}&month=${c.post.date.toISOString().slice(0, 7)}&post=${c.post.id}`,
      },
    })),
    next_cursor: rows.length > query.limit && last ? writeCursor(last.createdAt, last.id) : null,
    // The latest problem per network: an X tier that cannot search replies, a token to reconnect…
    collection_issues: issues.flatMap((e) => {
      const data = (e.data ?? {}) as { platform?: string; failures?: { message?: string }[] };
      if (!data.platform || seen.has(data.platform)) return [];
      seen.add(data.platform);
      return [
        { platform: data.platform, message: data.failures?.[0]?.message ?? "Collection failed", at: e.createdAt },
      ];
    }),
  };
}
