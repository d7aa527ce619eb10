import type { Db } from "@/lib/db";
import { AppError, type Message } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit/record-event";
import { MAX_SLIDES, MEDIA_LIMITS, type UpdatePostExtrasInput } from "@/lib/schemas/post-extras";
import { contentHash } from "@/lib/strategy/content-hash";
import { measureLength, NETWORK_LIMITS } from "@/lib/strategy/networks";
import { assertCurrentVersion, findPost, LOCKED_STATES, statusAfterChange } from "./find-post";
import { commitPostChange } from "./commit-post-change";
import { msg } from "@/lib/i18n/render-text";

const fail = (message: Message, path: string, detail: string) =>
  new AppError("validation_error", message, [{ path, message: detail }]);

/**
 * Edits an X thread part by part (the first part is the post's body), a carousel slide by slide, the
 * images and the optional first comment. Two parts or more make the post a thread; one part makes it a
 * single post again. Two slides or more make a LinkedIn or Facebook post a carousel.
 */
export async function updatePostExtras({
  db,
  actor,
  id,
  input,
  now,
}: {
  db: Db;
  actor: Actor;
  id: string;
  input: UpdatePostExtrasInput;
  now: Date;
}) {
  const post = await findPost(db, actor.workspaceId, id);
  assertCurrentVersion(post, input.version);
  if (post.status === "published" || (post.publication && LOCKED_STATES.includes(post.publication.state)))
    throw fail(msg("errors.post.locked"), "status", post.status);
  // Images, slides and a first comment are a person's work on the post, as its text is (classify-existing.ts).
  const data: Prisma.PostUpdateManyMutationInput = {
    version: { increment: 1 },
    humanTouchedAt: now,
    editedByHuman: true,
  };
  let textChanged = false;
  if (input.parts !== undefined) {
    if (post.platform !== "x" && input.parts.length > 1)
      throw fail(msg("errors.extras.threadsOnX"), "parts", post.platform);
    if (input.parts.length === 0) throw fail(msg("errors.extras.keepOnePart"), "parts", "empty");
    input.parts.forEach((part, i) => {
      const length = measureLength(post.platform as "x", part);
      if (length > NETWORK_LIMITS.x && post.platform === "x")
        throw fail(msg("errors.extras.partTooLong", { n: i + 1, length }), `parts.${i}`, `${length} > 280`);
    });
    const thread = input.parts.length > 1;
    const body = input.parts[0]!;
    textChanged = body !== post.body || thread || post.parts.length > 0;
    Object.assign(data, {
      body,
      parts: thread ? input.parts : [],
      format: thread ? "thread" : post.format === "thread" ? "single" : post.format,
      contentHash: contentHash(thread ? input.parts.join("\n") : body),
      editedByHuman: true,
      writer: "human",
      lastEditorId: actor.userId,
    });
  }
  if (input.first_comment !== undefined) {
    const comment = input.first_comment || null;
    const limit = post.platform === "x" ? NETWORK_LIMITS.x : 1250;
    if (comment && measureLength(post.platform as "x", comment) > limit)
      throw fail(msg("errors.extras.commentTooLong", { network: post.platform, limit }), "first_comment", "too long");
    data.firstComment = comment;
    textChanged ||= comment !== post.firstComment;
  }
  if (input.media_ids !== undefined) {
    const ids = [...new Set(input.media_ids)];
    const limit = MEDIA_LIMITS[post.platform as keyof typeof MEDIA_LIMITS];
    if (ids.length > limit)
      throw fail(
        msg("errors.extras.tooManyImages", { network: post.platform, limit }),
        "media_ids",
        `${ids.length} > ${limit}`,
      );
    const found = await db.media.count({
      where: { id: { in: ids }, brandId: post.brandId, workspaceId: actor.workspaceId, archivedAt: null },
    });
    if (found !== ids.length) throw fail(msg("errors.extras.unknownImage"), "media_ids", "unknown image");
    data.mediaIds = ids;
    textChanged ||= ids.join() !== post.mediaIds.join();
  }
  if (input.slides !== undefined) {
    if (post.platform === "x" && input.slides.length > 0)
      throw fail(msg("errors.extras.noCarouselOnX"), "slides", post.platform);
    data.slides = input.slides;
    if (post.platform === "linkedin")
      data.format =
        input.slides.length > 0 ? "carousel_outline" : post.format === "carousel_outline" ? "text" : post.format;
    textChanged ||= input.slides.join("\n") !== post.slides.join("\n");
  }
  const slides = input.slides ?? post.slides;
  const images = (data.mediaIds as string[] | undefined) ?? post.mediaIds;
  // LinkedIn takes one media per post: the carousel's document is it.
  if (post.platform === "linkedin" && slides.length > 0 && images.length > 0)
    throw fail(msg("errors.extras.linkedinCarouselImage"), "slides", "image and carousel");
  if (post.platform === "facebook" && slides.length + images.length > MAX_SLIDES)
    throw fail(msg("errors.extras.facebookCarouselMax", { max: MAX_SLIDES }), "slides", "too many");
  const next = statusAfterChange(post.status, { text: textChanged, moved: false });
  if (next) data.status = next;
  return commitPostChange(db, {
    post,
    actor,
    action: "post.edit",
    eventData: {
      parts: input.parts?.length ?? null,
      first_comment: input.first_comment !== undefined,
      media: input.media_ids?.length ?? null,
      slides: input.slides?.length ?? null,
    },
    reason: "edit",
    now,
    conflictMessage: msg("errors.post.changedMeanwhile"),
    write: async (tx) => {
      const { count } = await tx.post.updateMany({ where: { id: post.id, version: post.version }, data });
      if (count === 0) return false;
      if (textChanged && post.publication && ["failed", "missed"].includes(post.publication.state))
        await tx.publication.update({
          where: { id: post.publication.id },
          data: { state: "pending", failureClass: null, nextAttemptAt: null, lastError: null },
        });
      return true;
    },
  });
}
