import type { Db } from "@/lib/db";
import type { KeyRing } from "@/lib/crypto/secret-box";
import { decryptSecret } from "@/lib/crypto/secret-box";
import type { Platform } from "@/lib/generated/prisma/enums";
import type { CommentSource } from "@/lib/networks/comments";
import type { Network } from "@/lib/networks/publisher";
import type { NotifyContext } from "@/lib/notifications/notify-context";
import { shiftInstant } from "@/lib/dates/days";
import { scoreSentiment, type SentimentLabel } from "./sentiment";
import { alertNegativePosts, type NegativeAlert } from "./alert-negative-posts";

export interface CommentsDeps {
  db: Db;
  now: Date;
  keyRing: () => KeyRing;
  commentsFor: (network: Network) => CommentSource;
  notify?: NotifyContext;
  negativeAlert?: NegativeAlert;
  /** the optional writer's second opinion; null keeps the offline label */
  refine?: (text: string, offline: SentimentLabel) => Promise<SentimentLabel | null>;
}

interface Failure {
  brandId: string;
  platform: string;
  remoteId?: string;
  message: string;
  httpStatus?: number;
}

/**
 * Lists the comments under every post published in the window, stores the new ones once (unique on
 * the post and the network's comment id) with their sentiment, and records each network's failures
 * where the team sees them, like the metrics collection does.
 */
export async function collectComments(deps: CommentsDeps, opts: { windowDays: number; brandId?: string }) {
  const { db } = deps;
  const rows = await db.publication.findMany({
    where: {
      ...(opts.brandId ? { brandId: opts.brandId } : {}),
      state: "published",
      remoteId: { not: null },
      publishedAt: { gte: shiftInstant(deps.now, -opts.windowDays) },
    },
    select: {
      postId: true,
      brandId: true,
      platform: true,
      remoteId: true,
      publishedAt: true,
      post: { select: { pillar: true } },
      brand: { select: { workspaceId: true } },
    },
  });
  const groups = new Map<string, typeof rows>();
  for (const r of rows)
    groups.set(`${r.brandId}:${r.platform}`, [...(groups.get(`${r.brandId}:${r.platform}`) ?? []), r]);
  let stored = 0;
  const failures: Failure[] = [];
  const touchedPosts = new Set<string>();
  for (const posts of groups.values()) {
    const { brandId, platform } = posts[0];
    const conn = await db.channelConnection.findUnique({ where: { brandId_platform: { brandId, platform } } });
    const network: Network = conn && conn.status === "active" ? (platform as Network) : "sandbox";
    const source = deps.commentsFor(network);
    const token =
      conn && network !== "sandbox" ? decryptSecret(deps.keyRing(), conn.accessTokenEnc, conn.id) : "sandbox";
    const groupFailures: Failure[] = [];
    for (const p of posts) {
      const res = await source.list({
        accountId: conn?.accountId ?? "sandbox",
        accessToken: token,
        postId: p.remoteId!,
        since: p.publishedAt ?? undefined,
        hint: { pillar: p.post.pillar, network: platform },
      });
      if (!res.ok) {
        groupFailures.push({ brandId, platform, ...res.failure });
        // One answer about the account (tier, token, rate limit) holds for its other posts too.
        if (res.failure.httpStatus === 401 || res.failure.httpStatus === 403 || res.failure.httpStatus === 429) break;
        continue;
      }
      const ids = res.comments.map((c) => c.remoteId);
      // The brand's own replies come back in a conversation too (X lists them); they are not heard.
      const [heard, ours] = await Promise.all([
        db.socialComment.findMany({ where: { postId: p.postId, remoteId: { in: ids } }, select: { remoteId: true } }),
        db.commentReply.findMany({
          where: { workspaceId: p.brand.workspaceId, remoteId: { in: ids } },
          select: { remoteId: true },
        }),
      ]);
      const known = new Set([...heard, ...ours].map((c) => c.remoteId));
      const fresh = [
        ...new Map(res.comments.filter((c) => !known.has(c.remoteId)).map((c) => [c.remoteId, c])).values(),
      ];
      const data = [];
      for (const c of fresh) {
        const s = await scoreSentiment(c.text, c.language);
        const refined = deps.refine ? await deps.refine(c.text, s.label).catch(() => null) : null;
        data.push({
          workspaceId: p.brand.workspaceId,
          brandId,
          postId: p.postId,
          platform: platform as Platform,
          remoteId: c.remoteId,
          authorName: c.authorName.slice(0, 200),
          text: c.text.slice(0, 5000),
          language: s.language,
          sentiment: refined ?? s.label,
          score: s.score,
          labelledBy: refined ? "writer" : "lexicon",
          url: c.url,
          createdAt: c.createdAt,
          collectedAt: deps.now,
        });
      }
      // skipDuplicates: a second collector running at the same time inserts nothing twice.
      const created = data.length ? await db.socialComment.createMany({ data, skipDuplicates: true }) : { count: 0 };
      stored += created.count;
      if (created.count) touchedPosts.add(p.postId);
    }
    failures.push(...groupFailures);
    if (groupFailures.length) {
      await db.auditEvent.create({
        data: {
          workspaceId: posts[0].brand.workspaceId,
          actorLabel: "cron:metrics",
          action: "comments.collect_failed",
          entityType: "brand",
          entityId: brandId,
          data: {
            platform,
            failures: groupFailures.map((f) => ({
              remoteId: f.remoteId ?? null,
              message: f.message,
              httpStatus: f.httpStatus ?? null,
            })),
          },
        },
      });
    }
  }
  const alerted = deps.notify ? await alertNegativePosts(deps, [...touchedPosts]) : 0;
  return { posts: rows.length, stored, failed: failures.length, failures, alerted };
}
