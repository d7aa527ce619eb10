import type { Db } from "@/lib/db";
import { readSuggestion } from "./post-columns";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { contentHash } from "@/lib/strategy/content-hash";
import type { Actor } from "@/lib/audit/record-event";
import { assertCurrentVersion, findPost, LOCKED_STATES } from "./find-post";
import { commitPostChange } from "./commit-post-change";
import { msg } from "@/lib/i18n/render-text";

/** A signal's timely variant changes a post only when a person accepts it; the result still needs approval. */
export async function applySuggestion({
  db,
  actor,
  id,
  accept,
  version,
  now,
}: {
  db: Db;
  actor: Actor;
  id: string;
  accept: boolean;
  version: number;
  now: Date;
}) {
  const post = await findPost(db, actor.workspaceId, id);
  assertCurrentVersion(post, version);
  const suggestion = readSuggestion(post.suggestion);
  if (!suggestion?.body) throw new AppError("not_found", msg("errors.post.noSuggestion"));
  if (post.publication && LOCKED_STATES.includes(post.publication.state))
    throw new AppError("validation_error", msg("errors.post.beingPublished"));
  const data = accept
    ? {
        body: suggestion.body,
        contentHash: contentHash(suggestion.body),
        status: "draft" as const,
        suggestion: Prisma.DbNull,
        version: { increment: 1 },
      }
    : { suggestion: Prisma.DbNull, version: { increment: 1 } };
  return commitPostChange(db, {
    post,
    actor,
    action: accept ? "post.suggestion_accept" : "post.suggestion_dismiss",
    reason: "suggestion",
    now,
    conflictMessage: msg("errors.post.changedSameMoment"),
    write: async (tx) => (await tx.post.updateMany({ where: { id: post.id, version: post.version }, data })).count > 0,
  });
}
