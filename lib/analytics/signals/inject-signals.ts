import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { brandToday } from "@/lib/dates/zoned";
import { addDays } from "@/lib/dates/days";
import { contentHash } from "@/lib/strategy/content-hash";
import { measureLength, NETWORK_LIMITS, type Network } from "@/lib/strategy/networks";
import { recordEvent } from "@/lib/audit/record-event";
import { ensureBaseVersions, recordVersions } from "@/lib/history/post-versions";
import { outboundFetch, OutboundError, type OutboundOptions } from "@/lib/net/outbound-fetch";
import { getYesterday } from "../get-yesterday";
import { matchItem, matchTerms, parseFeed, type FeedItem } from "./parse-feed";

export interface SignalDeps {
  db: Db;
  now: Date;
  /** outbound guard options, e.g. an allow-list in tests */
  outbound?: Pick<OutboundOptions, "allowedHosts" | "lookup">;
}

const FEED_FAILED = "Could not fetch the feed.";
/**
 * The signals job calls this every 15 minutes: feeds that match nothing (or fail, up to 10 s each) would
 * be read at every tick and slow the job for every other brand. A brand's feeds are read once an hour.
 */
export const FEED_INTERVAL_MS = 60 * 60_000;

// The user sees one generic message per feed; the guard logs the detail (blocked address, status, parse error).
async function readFeeds(urls: string[], outbound: SignalDeps["outbound"]) {
  const items: FeedItem[] = [];
  const errors: { url: string; message: string }[] = [];
  for (const url of urls) {
    try {
      const res = await outboundFetch(url, {
        ...outbound,
        publicMessage: FEED_FAILED,
        headers: { accept: "application/rss+xml, application/atom+xml, application/xml, text/xml" },
      });
      if (res.status !== 200) throw new OutboundError(FEED_FAILED, `HTTP ${res.status}`);
      items.push(...(await parseFeed(res.text())));
    } catch (err) {
      if (!(err instanceof OutboundError)) console.warn(`[feeds] ${url.slice(0, 300)}: ${String(err)}`);
      errors.push({ url, message: FEED_FAILED });
    }
  }
  return { items, errors };
}

function timelyVariant(body: string, network: Network, language: string, item: FeedItem): string | null {
  const lead = language === "fr-FR" ? `À la une\u00a0: ${item.title}` : `In the news: ${item.title}`;
  const variant = `${lead}${item.url ? ` ${item.url}` : ""}\n\n${body}`;
  return measureLength(network, variant) <= NETWORK_LIMITS[network] ? variant : null;
}

/**
 * Today's posts of a brand get the matching, not-yet-used feed items. In `suggest` mode the timely
 * variant waits on the post for approval; in `adapt` mode unedited drafts change and say so. A post a
 * human edited or approved is never changed silently: it gets the suggestion.
 */
export async function injectSignals(deps: SignalDeps, brandId: string) {
  const { db, now } = deps;
  const brand = await db.brand.findUniqueOrThrow({ where: { id: brandId } });
  const today = brandToday(now, brand.timezone);
  const posts = await db.post.findMany({
    where: {
      brandId,
      archivedAt: null,
      date: new Date(`${today}T00:00:00Z`),
      status: { in: ["draft", "approved"] },
      publication: null,
    },
    orderBy: { platform: "asc" },
  });
  if (posts.length === 0) return { brand: brand.slug, date: today, used: 0, errors: [] };
  await attachPerformance(
    db,
    brand.id,
    brand.slug,
    posts.map((p) => p.id),
    now,
  );
  if (brand.feedUrls.length === 0) return { brand: brand.slug, date: today, used: 0, errors: [] };
  // One news item per brand and day, however often the cron runs.
  const attached = posts.flatMap((p) => p.signalIds);
  if (attached.length && (await db.signal.count({ where: { id: { in: attached }, kind: "news" } }))) {
    return { brand: brand.slug, date: today, used: 0, errors: [] };
  }
  if (!(await claimFeedCheck(db, brandId, today, now))) return { brand: brand.slug, date: today, used: 0, errors: [] };
  const { items, errors } = await readFeeds(brand.feedUrls, deps.outbound);
  const terms = matchTerms(brand.keywords, brand.valueProps);
  const seen = new Set(
    (
      await db.signal.findMany({
        where: { brandId, sourceKey: { in: items.map((i) => i.key) } },
        select: { sourceKey: true },
      })
    ).map((s) => s.sourceKey),
  );
  const fresh = items
    .map((i) => ({ item: i, hits: matchItem(i, terms) }))
    .filter((x) => x.hits.length > 0 && !seen.has(x.item.key));
  const best = fresh.sort((a, b) => b.hits.length - a.hits.length)[0];
  if (!best) return { brand: brand.slug, date: today, used: 0, errors };

  const signal = await db.signal.create({
    data: {
      brandId,
      kind: "news",
      sourceKey: best.item.key,
      title: best.item.title,
      url: best.item.url,
      summary: best.item.summary.slice(0, 500),
      payload: { matched: best.hits },
      usedAt: now,
    },
  });
  const actor = { workspaceId: brand.workspaceId, userId: null, label: "signals" };
  const changes = posts.flatMap((post) => {
    const variant = timelyVariant(post.body, post.platform as Network, brand.language, best.item);
    // An approval is for the text a person read: an approved post gets the variant as a suggestion, never a
    // rewrite that would go out unread (accepting it takes the post back to draft).
    const adapt = brand.signalMode === "adapt" && !post.editedByHuman && post.status === "draft";
    return variant ? [{ post, variant, adapt }] : [];
  });
  for (const mode of ["adapt", "suggest"] as const) {
    const group = changes.filter((c) => c.adapt === (mode === "adapt"));
    if (group.length === 0) continue;
    await db.$transaction(async (tx) => {
      await ensureBaseVersions(
        tx,
        group.map((c) => c.post.id),
      );
      for (const { post, variant, adapt } of group) {
        const data: Prisma.PostUpdateInput = { signalIds: { push: signal.id }, version: { increment: 1 } };
        if (adapt)
          Object.assign(data, {
            body: variant,
            contentHash: contentHash(variant),
            // a code the editor renders in the reader's language (post-facts.tsx)
            writerNote: `adapted:${best.item.title}`,
          });
        else data.suggestion = { body: variant, signal_id: signal.id, reason: `“${best.item.title}”` };
        await tx.post.update({ where: { id: post.id }, data });
      }
      const event = await recordEvent(tx, actor, {
        action: `post.signal_${mode}`,
        entityType: "brand",
        entityId: brand.id,
        data: { signal: signal.id, title: best.item.title, posts: group.length },
      });
      await recordVersions(tx, {
        postIds: group.map((c) => c.post.id),
        actor,
        reason: mode === "adapt" ? "signal_adapt" : "signal_suggest",
        changeId: event.id,
        now,
      });
    });
  }
  const changed = changes.length;
  await db.signal.update({ where: { id: signal.id }, data: { postId: posts[0].id } });
  return { brand: brand.slug, date: today, used: 1, changed, mode: brand.signalMode, errors };
}

/** True when this brand's feeds were not read within the last FEED_INTERVAL_MS; records this reading. */
async function claimFeedCheck(db: Db, brandId: string, today: string, now: Date): Promise<boolean> {
  const sourceKey = `feed_check:${today}`;
  const last = await db.signal.findUnique({ where: { brandId_sourceKey: { brandId, sourceKey } } });
  if (last?.usedAt && now.getTime() - last.usedAt.getTime() < FEED_INTERVAL_MS) return false;
  await db.signal.upsert({
    where: { brandId_sourceKey: { brandId, sourceKey } },
    create: { brandId, kind: "feed_check", sourceKey, title: "", usedAt: now },
    update: { usedAt: now },
  });
  return true;
}

/** Yesterday's results travel with today's posts, once per brand and day. */
async function attachPerformance(db: Db, brandId: string, slug: string, postIds: string[], now: Date) {
  const brand = await db.brand.findUniqueOrThrow({ where: { id: brandId } });
  // Checked before the summary is computed: this runs at every tick and the summary reads every snapshot.
  const sourceKey = `performance:${addDays(brandToday(now, brand.timezone), -1)}`;
  if (await db.signal.findUnique({ where: { brandId_sourceKey: { brandId, sourceKey } } })) return;
  const summary = await getYesterday({ db, workspaceId: brand.workspaceId, ref: slug, now });
  if (summary.networks.every((n) => n.posts === 0)) return;
  const line = summary.networks
    .map(
      (n) =>
        `${n.platform}: ${n.posts} posts, ${n.impressions} impressions, ${(n.engagement_rate * 100).toFixed(1)}% engagement`,
    )
    .join("; ");
  const signal = await db.signal.create({
    data: {
      brandId,
      kind: "performance",
      sourceKey,
      title: `Yesterday (${summary.date}): ${line}`,
      payload: summary as unknown as Prisma.InputJsonValue,
      usedAt: now,
      postId: postIds[0],
    },
  });
  await db.post.updateMany({ where: { id: { in: postIds } }, data: { signalIds: { push: signal.id } } });
}
