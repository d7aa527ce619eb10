import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { contentHash } from "@/lib/strategy/content-hash";
import { recomposePost } from "@/lib/strategy/recompose-post";
import type { Network } from "@/lib/strategy/networks";
import type { LearningWeights, PlannedPost } from "@/lib/strategy/types";
import { brandColumns } from "@/lib/brands/brand-columns";
import type { Actor } from "@/lib/audit/record-event";
import { briefFromBrand } from "./brief-from-brand";
import { humanWork } from "./classify-existing";
import { assertCurrentVersion, findPost, LOCKED_STATES } from "./find-post";
import { commitPostChange } from "./commit-post-change";
import { tagPostLink } from "./tag-post-link";
import { localTime } from "@/lib/dates/zoned";
import { shiftInstant, utcDay } from "@/lib/dates/days";
import { findRecentTexts } from "./find-recent-texts";
import { msg } from "@/lib/i18n/render-text";

/** A new variation of one post that still obeys the plan's rules relative to its neighbours. */
export async function regeneratePost({
  db,
  actor,
  id,
  version,
  replace = false,
  now,
}: {
  db: Db;
  actor: Actor;
  id: string;
  version?: number;
  /** a post with a person's work is only replaced on explicit request */
  replace?: boolean;
  now: Date;
}) {
  const post = await findPost(db, actor.workspaceId, id);
  if (version !== undefined) assertCurrentVersion(post, version);
  if (post.status === "published" || (post.publication && LOCKED_STATES.includes(post.publication.state))) {
    throw new AppError("validation_error", msg("errors.post.publishedNoRegenerate"));
  }
  const work = humanWork(post);
  if (work && !replace) {
    throw new AppError("conflict", msg("errors.post.humanWork", { work }), {
      human_work: work,
      replace_required: true,
    });
  }
  const siblings = await db.post.findMany({
    where: {
      brandId: post.brandId,
      archivedAt: null,
      date: {
        gte: shiftInstant(post.date, -8),
        lte: shiftInstant(post.date, 8),
      },
    },
  });
  const context = siblings.map(
    (p) =>
      ({
        network: p.platform,
        date: utcDay(p.date),
        hookTemplate: p.hookTemplate,
        angle: p.angle,
        body: p.body,
        ...(p.parts.length ? { threadParts: p.parts } : {}),
        ctaTarget: p.ctaTarget,
      }) as PlannedPost,
  );
  const weights: LearningWeights | undefined = brandColumns(post.brand).learning?.weights;
  const day = utcDay(post.date);
  const next = recomposePost({
    brief: briefFromBrand(post.brand),
    context,
    slot: {
      network: post.platform as Network,
      date: day,
      time: localTime(post.scheduledAt, post.brand.timezone),
      pillar: post.pillar,
    },
    seed: post.version * 7919 + (now.getTime() % 100_000),
    weights,
    // and clear of every text the brand's accounts carry or are due to carry: X and Facebook refuse a repeat
    avoidTexts: await findRecentTexts(db, { brandId: post.brandId, from: day, to: day }),
    // The post keeps its images, and LinkedIn takes one media per post: a carousel's document would be a second.
    excludeFormats: post.platform === "linkedin" && post.mediaIds.length > 0 ? ["carousel_outline"] : [],
  });
  const { link, body } = tagPostLink(post.brand, next, post.id);
  return commitPostChange(db, {
    post,
    actor,
    action: "post.regenerate",
    eventData: { from: post.hookTemplate, to: next.hookTemplate, replaced_work: work },
    reason: "regenerate",
    now,
    conflictMessage: msg("errors.post.changedSameMoment"),
    write: async (tx) => {
      const { count } = await tx.post.updateMany({
        where: { id: post.id, version: post.version },
        data: {
          angle: next.angle,
          hook: next.hook,
          hookTemplate: next.hookTemplate,
          cta: next.cta,
          ctaTarget: next.ctaTarget,
          format: next.format,
          body,
          // The thread and the carousel go with the text they belong to; the first tweet carries the tagged link.
          parts: next.threadParts ? [body, ...next.threadParts.slice(1)] : [],
          slides: next.slides ?? [],
          hashtags: next.hashtags,
          link,
          contentHash: contentHash(body),
          status: "draft",
          editedByHuman: false,
          humanTouchedAt: null,
          writer: "template",
          // whoever asked for this text wrote this version, for the self-approval rule
          lastEditorId: actor.userId,
          writerNote: null,
          version: { increment: 1 },
        },
      });
      return count > 0;
    },
  });
}
