import type { Db } from "@/lib/db";
import { simulateMetrics } from "@/lib/networks/sandbox/collect";
import { engagementRate } from "@/lib/networks/collector";
import { updateLearning } from "@/lib/analytics/learning/update-learning";
import { sandboxRemoteId } from "@/lib/networks/sandbox/publish";
import { shiftInstant } from "@/lib/dates/days";
import { collectComments } from "@/lib/listening/collect-comments";
import { createCommentSource } from "@/lib/wiring/listening-adapters";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";

interface PastPost {
  platform: string;
  parts: string[];
  slides: string[];
  scheduledAt: Date;
}

/**
 * The steps the sandbox would have confirmed for a past post in parts, as the run board lists them: a
 * carousel's uploads then the post, or each part of a thread. Ids are derived like the sandbox's own.
 */
function seededSteps(p: PastPost, remoteId: string, account: string, publicationId: string) {
  const step = (kind: string, index: number, id: string) => ({
    publicationId,
    kind,
    index,
    attempt: 1,
    remoteId: id,
    createdAt: p.scheduledAt,
  });
  const upload = (kind: string, index: number) =>
    step(kind, index, sandboxRemoteId(account, kind, String(index), remoteId));
  if (p.platform === "x") {
    const ids = p.parts
      .slice(1)
      .reduce((acc, text) => [...acc, sandboxRemoteId(account, acc.at(-1)!, text)], [remoteId]);
    return p.parts.length ? ids.map((id, i) => step("part", i, id)) : [];
  }
  if (!p.slides.length) return [];
  const uploads = p.platform === "linkedin" ? [upload("document", 0)] : p.slides.map((_, i) => upload("media", i));
  return [...uploads, step("part", 0, remoteId)];
}

/**
 * The demo's past: posts before today are published to the sandbox with one attempt each and
 * simulated metrics and comments (and the steps of threads and carousels), so the run board, the charts, Conversations and the learning panel have
 * something real to show.
 */
export async function seedHistory({ db, brandId, today, now }: { db: Db; brandId: string; today: string; now: Date }) {
  const past = await db.post.findMany({
    where: { brandId, archivedAt: null, date: { lt: new Date(`${today}T00:00:00Z`) } },
  });
  for (const p of past) {
    const remoteId = sandboxRemoteId(`sandbox:${brandId}:${p.platform}`, p.contentHash, "", p.body);
    const publishedAt = p.scheduledAt;
    await db.post.update({ where: { id: p.id }, data: { status: "published" } });
    const pub = await db.publication.create({
      data: {
        postId: p.id,
        brandId,
        platform: p.platform,
        date: p.date,
        state: "published",
        attempt: 1,
        contentHash: p.contentHash,
        remoteId,
        publishedAt,
      },
    });
    await db.publicationStep.createMany({ data: seededSteps(p, remoteId, `sandbox:${brandId}:${p.platform}`, pub.id) });
    await db.publishAttempt.create({
      data: {
        publicationId: pub.id,
        attempt: 1,
        outcome: "published",
        httpStatus: 201,
        responseExcerpt: `SANDBOX 201\n{"id":"${remoteId}"}`,
        startedAt: publishedAt,
        finishedAt: publishedAt,
      },
    });
    const m = simulateMetrics(remoteId, {
      pillar: p.pillar,
      format: p.format,
      hookTemplate: p.hookTemplate,
      network: p.platform,
    });
    await db.metricSnapshot.create({
      data: {
        postId: p.id,
        platform: p.platform,
        collectedAt: shiftInstant(publishedAt, 1),
        impressions: m.impressions,
        reach: m.reach,
        clicks: m.clicks,
        reactions: m.reactions,
        comments: m.comments,
        shares: m.shares,
        engagementRate: engagementRate(m),
        raw: { simulated: true },
      },
    });
  }
  if (!past.length) return 0;
  // The past went out to the sandbox; its comments are heard now, as the nightly job would have heard them,
  // so Conversations and the sentiment panel show something on the first start, and learning weighs them.
  const oldest = Math.min(...past.map((p) => p.scheduledAt.getTime()));
  await collectComments(
    { db, now, keyRing: () => keyRingFromEnv(), commentsFor: (network) => createCommentSource(network) },
    { brandId, windowDays: Math.ceil((now.getTime() - oldest) / 86_400_000) },
  );
  await updateLearning({ db, brandId, now });
  return past.length;
}
