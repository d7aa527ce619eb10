import type { Db } from "@/lib/db";
import { decryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import type { CompetitorSource } from "@/lib/networks/competitors";
import { shiftInstant } from "@/lib/dates/days";

export interface CompetitorDeps {
  db: Db;
  now: Date;
  keyRing: () => KeyRing;
  competitorFor: (network: "x" | "facebook") => CompetitorSource;
}

/** How far back each daily run reads a competitor's timeline; counts of older posts stay as last seen. */
export const COMPETITOR_WINDOW_DAYS = 28;

/**
 * The daily competitor job: each followed account's recent public posts and their public counts,
 * read with the brand's own connection. A rate limit (429 with its reset) or a refusal is written on
 * the account's row and, like the collectors, never retried within the run; an account whose network
 * said "wait until" is skipped until then, and so are the brand's other accounts on that network.
 */
export async function collectCompetitors(deps: CompetitorDeps, opts: { brandId?: string } = {}) {
  const { db, now } = deps;
  const accounts = await db.competitorAccount.findMany({
    where: {
      ...(opts.brandId ? { brandId: opts.brandId } : {}),
      brand: { archivedAt: null },
      removedAt: null,
      platform: { in: ["x", "facebook"] },
      OR: [{ nextCollectAt: null }, { nextCollectAt: { lte: now } }],
    },
    orderBy: { createdAt: "asc" },
  });
  let collected = 0;
  let posts = 0;
  const failures: { competitorId: string; message: string; httpStatus?: number }[] = [];
  const waitUntil = new Map<string, Date>();
  for (const a of accounts) {
    const key = `${a.brandId}:${a.platform}`;
    const wait = waitUntil.get(key);
    if (wait) {
      await db.competitorAccount.update({ where: { id: a.id }, data: { nextCollectAt: wait } });
      continue;
    }
    const network = a.platform as "x" | "facebook";
    const conn = await db.channelConnection.findUnique({
      where: { brandId_platform: { brandId: a.brandId, platform: network } },
    });
    if (!conn || conn.status !== "active" || conn.archivedAt) {
      const message = `Connect the brand's ${network === "x" ? "X" : "Facebook"} account first: competitors are read with its token.`;
      await db.competitorAccount.update({ where: { id: a.id }, data: { lastError: message } });
      failures.push({ competitorId: a.id, message });
      continue;
    }
    const res = await deps.competitorFor(network).timeline({
      handle: a.handle,
      remoteId: a.remoteId,
      accessToken: decryptSecret(deps.keyRing(), conn.accessTokenEnc, conn.id),
      since: shiftInstant(now, -COMPETITOR_WINDOW_DAYS),
    });
    if (!res.ok) {
      const retryAt = res.failure.retryAt ?? null;
      if (retryAt) waitUntil.set(key, retryAt);
      await db.competitorAccount.update({
        where: { id: a.id },
        data: { lastError: res.failure.message.slice(0, 1000), nextCollectAt: retryAt },
      });
      failures.push({ competitorId: a.id, message: res.failure.message, httpStatus: res.failure.httpStatus });
      continue;
    }
    await db.$transaction([
      db.competitorAccount.update({
        where: { id: a.id },
        data: {
          remoteId: res.account.remoteId,
          displayName: res.account.displayName.slice(0, 200),
          lastCollectedAt: now,
          nextCollectAt: null,
          lastError: null,
        },
      }),
      ...res.posts.map((p) => {
        const counts = { reactions: p.reactions, comments: p.comments, shares: p.shares, collectedAt: now };
        return db.competitorPost.upsert({
          where: { competitorId_remoteId: { competitorId: a.id, remoteId: p.remoteId } },
          create: {
            competitorId: a.id,
            remoteId: p.remoteId,
            text: p.text.slice(0, 5000),
            url: p.url,
            publishedAt: p.publishedAt,
            ...counts,
          },
          update: counts,
        });
      }),
    ]);
    collected++;
    posts += res.posts.length;
  }
  return { accounts: accounts.length, collected, posts, failed: failures.length, failures };
}
