import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { commitPostChange } from "@/lib/plans/commit-post-change";
import { findPost, LOCKED_STATES } from "@/lib/plans/find-post";
import { renderPostCard } from "./create-card";
import type { MediaStorage } from "./storage";
import { uploadMedia } from "./upload-media";
import { msg } from "@/lib/i18n/render-text";

/**
 * Asks for a card on each of a plan's posts that has no image; `attachRequestedCards` makes them afterwards,
 * since a month of cards takes tens of seconds to render and the plan must not wait for them.
 */
export async function requestCards(db: Db, planId: string, now: Date): Promise<number> {
  const { count } = await db.post.updateMany({
    where: {
      planId,
      archivedAt: null,
      mediaIds: { isEmpty: true },
      // a LinkedIn carousel's document is its one media: it has its visual already
      NOT: { platform: "linkedin", slides: { isEmpty: false } },
    },
    data: { cardRequestedAt: now },
  });
  return count;
}

/**
 * A post whose card is being made keeps its request, moved this far ahead: it still counts as waiting until
 * its card is attached (so a calendar refreshed at "none left" shows every card), and a process that dies
 * while rendering leaves it to be picked up again once the time has passed.
 */
const CARD_LEASE_MS = 2 * 60_000;

/** How many of the brand's posts still wait for their card, those being made included. */
export async function countRequestedCards(db: Db, workspaceId: string, brandId: string) {
  const pending = await db.post.count({
    where: { brandId, brand: { workspaceId }, archivedAt: null, cardRequestedAt: { not: null } },
  });
  return { pending };
}

/**
 * Makes the requested cards of one brand, oldest request first, until none is left or `deadline` passes.
 * Each post is claimed by moving its request CARD_LEASE_MS ahead, so two processes never render the same
 * one, and the request is cleared with the card's attachment (or once the post turns out to need none). A
 * card is only attached to the version it was made from, still without an image and not published: a person
 * who edited the post meanwhile keeps their work, and the card stays in the library for them to use.
 */
export async function attachRequestedCards({
  db,
  storage,
  workspaceId,
  brandId,
  clock,
  deadline,
}: {
  db: Db;
  storage: MediaStorage;
  workspaceId: string;
  brandId: string;
  clock: () => Date;
  deadline: Date;
}) {
  let attached = 0;
  const actor = { workspaceId, userId: null, label: "cards" };
  while (clock() < deadline) {
    const now = clock();
    const next = await db.post.findFirst({
      where: { brandId, brand: { workspaceId }, archivedAt: null, cardRequestedAt: { lte: now } },
      orderBy: [{ cardRequestedAt: "asc" }, { date: "asc" }, { platform: "asc" }],
      select: { id: true },
    });
    if (!next) break;
    const lease = new Date(now.getTime() + CARD_LEASE_MS);
    const { count } = await db.post.updateMany({
      where: { id: next.id, cardRequestedAt: { lte: now } },
      data: { cardRequestedAt: lease },
    });
    if (count === 0) continue;
    // Whatever happens to this card, its request ends with it (unless someone asked again meanwhile).
    const release = () =>
      db.post.updateMany({ where: { id: next.id, cardRequestedAt: lease }, data: { cardRequestedAt: null } });
    const post = await findPost(db, workspaceId, next.id);
    const locked = post.publication && LOCKED_STATES.includes(post.publication.state);
    const carouselDocument = post.platform === "linkedin" && post.slides.length > 0;
    if (post.mediaIds.length > 0 || carouselDocument || post.status === "published" || locked) {
      await release();
      continue;
    }
    try {
      const png = await renderPostCard(db, storage, post);
      const media = await uploadMedia({
        db,
        storage,
        actor,
        brandId,
        bytes: png,
        filename: `card-${post.platform}-${post.date.toISOString().slice(0, 10)}.png`,
        now: clock(),
        audited: false,
      });
      await commitPostChange(db, {
        post,
        actor,
        action: "post.card",
        eventData: { media: media.id },
        reason: "edit",
        now: clock(),
        conflictMessage: msg("errors.post.cardRace"),
        write: async (tx) => {
          const res = await tx.post.updateMany({
            where: { id: post.id, version: post.version, mediaIds: { isEmpty: true } },
            data: { mediaIds: [media.id], version: { increment: 1 }, cardRequestedAt: null },
          });
          return res.count === 1;
        },
      });
      attached++;
    } catch (err) {
      if (!(err instanceof AppError && err.code === "conflict"))
        console.error(`[cards] no card for post ${post.id}:`, err instanceof Error ? err.message : err);
      await release();
    }
  }
  return { attached };
}
