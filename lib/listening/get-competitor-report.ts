import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { daysBetween } from "@/lib/dates/days";
import { brandRange } from "./brand-range";
import { extractTopics } from "./extract-topics";
import { firstWords } from "@/lib/text/first-words";

interface ReportPost {
  text: string;
  url: string | null;
  publishedAt: Date;
  engagements: number;
}

/** What each network lets us read about someone else's account; the UI shows this text as is. */
export const COMPETITOR_NETWORKS = [
  {
    platform: "x",
    allowed: true,
    note: "Any public account by username: its posts, likes, replies, reposts and quotes.",
  },
  {
    platform: "facebook",
    allowed: true,
    note: "Public Pages by username or id: posts, reactions, comments and shares. Needs Meta's Page Public Content Access feature for the app.",
  },
  {
    platform: "linkedin",
    allowed: false,
    note: "Not available: LinkedIn's API shares an organization's posts only with its administrators.",
  },
] as const;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Posts per week, engagements per post, best posts and topics: one column of the comparison. */
function summarize(posts: ReportPost[], weeks: number) {
  const engagements = posts.reduce((s, p) => s + p.engagements, 0);
  return {
    posts: posts.length,
    engagements,
    posts_per_week: round2(posts.length / weeks),
    engagement_per_post: posts.length ? round2(engagements / posts.length) : 0,
    best_posts: [...posts]
      .sort((a, b) => b.engagements - a.engagements || b.publishedAt.getTime() - a.publishedAt.getTime())
      .slice(0, 3)
      .map((p) => ({
        excerpt: firstWords(p.text, 160),
        url: p.url,
        published_at: p.publishedAt,
        engagements: p.engagements,
      })),
    topics: extractTopics(posts.map((p) => p.text)),
  };
}

/**
 * The brand beside each competitor it follows, over one brand-local date range. Engagements are the
 * counts every network shows the public, the same for both sides: reactions + comments + shares
 * (our clicks and impressions are private, so they stay out of the comparison).
 */
export async function getCompetitorReport({
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
  query: { from?: string; to?: string };
}) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const range = brandRange(brand.timezone, now, query, 28);
  const weeks = (daysBetween(range.from, range.to) + 1) / 7;
  const ours = await db.publication.findMany({
    where: { brandId: brand.id, state: "published", publishedAt: { gte: range.start, lt: range.end } },
    select: {
      platform: true,
      remoteUrl: true,
      publishedAt: true,
      post: {
        select: {
          body: true,
          metrics: {
            orderBy: { collectedAt: "desc" },
            take: 1,
            select: { reactions: true, comments: true, shares: true },
          },
        },
      },
    },
  });
  const competitors = await db.competitorAccount.findMany({
    where: { workspaceId, brandId: brand.id, removedAt: null },
    orderBy: [{ platform: "asc" }, { handle: "asc" }],
    include: { posts: { where: { publishedAt: { gte: range.start, lt: range.end } } } },
  });
  const networks = [...new Set([...ours.map((p) => p.platform), ...competitors.map((c) => c.platform)])].sort();
  return {
    brand: brand.slug,
    timezone: brand.timezone,
    from: range.from,
    to: range.to,
    engagement_definition: "reactions + comments + shares, as each network shows them publicly",
    networks_allowed: COMPETITOR_NETWORKS,
    networks: networks.map((platform) => ({
      platform,
      brand: {
        name: brand.name,
        ...summarize(
          ours
            .filter((p) => p.platform === platform)
            .map((p) => {
              const m = p.post.metrics[0];
              return {
                text: p.post.body,
                url: p.remoteUrl,
                publishedAt: p.publishedAt!,
                engagements: m ? m.reactions + m.comments + m.shares : 0,
              };
            }),
          weeks,
        ),
      },
      competitors: competitors
        .filter((c) => c.platform === platform)
        .map((c) => ({
          id: c.id,
          handle: c.handle,
          name: c.displayName ?? c.handle,
          last_collected_at: c.lastCollectedAt,
          next_collect_at: c.nextCollectAt,
          last_error: c.lastError,
          ...summarize(
            c.posts.map((p) => ({
              text: p.text,
              url: p.url,
              publishedAt: p.publishedAt,
              engagements: p.reactions + p.comments + p.shares,
            })),
            weeks,
          ),
        })),
    })),
  };
}
