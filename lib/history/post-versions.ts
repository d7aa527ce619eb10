import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/audit/record-event";

type Tx = Pick<Db, "$executeRaw">;

export const VERSION_REASONS = [
  "generate",
  "edit",
  "move",
  "approve",
  "skip",
  "submit",
  "request_changes",
  "unapprove",
  "regenerate",
  "suggestion",
  "signal_adapt",
  "signal_suggest",
  "restore",
  "undo",
  "unrecorded",
] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

const CONTENT = Prisma.sql`jsonb_build_object(
  'angle', p.angle, 'hook', p.hook, 'hookTemplate', p."hookTemplate", 'cta', p.cta, 'ctaTarget', p."ctaTarget",
  'format', p.format, 'hashtags', to_jsonb(p.hashtags), 'link', p.link, 'writer', p.writer, 'writerNote', p."writerNote",
  'editedByHuman', p."editedByHuman", 'humanTouched', p."humanTouchedAt" IS NOT NULL, 'contentHash', p."contentHash",
  'parts', to_jsonb(p.parts), 'firstComment', p."firstComment", 'slides', to_jsonb(p.slides))`;

/**
 * Before a change, the state about to be replaced must exist as a version, or Undo and Restore would have
 * nothing to go back to. Posts written in bulk (a generated month) get this row lazily, on their first change.
 */
export function ensureBaseVersions(db: Tx, postIds: string[]) {
  if (postIds.length === 0) return Promise.resolve(0);
  return db.$executeRaw(Prisma.sql`
    INSERT INTO "PostVersion" (id, "postId", version, body, date, "scheduledAt", status, content, "actorId", "actorLabel", reason, "createdAt")
    SELECT gen_random_uuid()::text, p.id, p.version, p.body, p.date, p."scheduledAt", p.status, ${CONTENT}, NULL,
           CASE WHEN p.version = 1 THEN 'generator' ELSE 'system' END,
           CASE WHEN p.version = 1 THEN 'generate' ELSE 'unrecorded' END, p."updatedAt"
    FROM "Post" p WHERE p.id = ANY(${postIds}::text[])
    ON CONFLICT ("postId", version) DO NOTHING`);
}

/** After a change: the posts' new state, tied to the audit event of the action (its id is the change id). */
export function recordVersions(
  db: Tx,
  {
    postIds,
    actor,
    reason,
    changeId,
    now,
  }: { postIds: string[]; actor: Actor; reason: VersionReason; changeId: string; now: Date },
) {
  if (postIds.length === 0) return Promise.resolve(0);
  return db.$executeRaw(Prisma.sql`
    INSERT INTO "PostVersion" (id, "postId", version, body, date, "scheduledAt", status, content, "actorId", "actorLabel", reason, "changeId", "createdAt")
    SELECT gen_random_uuid()::text, p.id, p.version, p.body, p.date, p."scheduledAt", p.status, ${CONTENT},
           ${actor.userId}, ${actor.label}, ${reason}, ${changeId}, ${now}
    FROM "Post" p WHERE p.id = ANY(${postIds}::text[])
    ON CONFLICT ("postId", version) DO NOTHING`);
}
