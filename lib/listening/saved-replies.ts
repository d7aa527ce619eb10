import type { Db } from "@/lib/db";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { notFound } from "@/lib/errors";
import type { SavedReply } from "@/lib/generated/prisma/client";
import type { SavedReplyInput, SavedReplyPatch } from "@/lib/schemas/listening";
import { decodeTitleCursor, encodeTitleCursor } from "@/lib/pagination/keyset-cursor";

export function savedReplyDto(r: SavedReply) {
  return {
    id: r.id,
    title: r.title,
    text: r.text,
    created_by: r.createdBy,
    updated_at: r.updatedAt,
    /** deleted from the list; restoring brings it back */
    deleted_at: r.deletedAt,
  };
}

/**
 * The workspace's saved replies by title, a page at a time: people pick them by title, so the list keeps
 * that order rather than the newest first of the logs. The id orders replies with the same title.
 */
export async function listSavedReplies(db: Db, workspaceId: string, page: { limit: number; cursor?: string }) {
  const c = page.cursor ? decodeTitleCursor(page.cursor) : null;
  const rows = await db.savedReply.findMany({
    where: {
      workspaceId,
      deletedAt: null,
      ...(c ? { OR: [{ title: { gt: c.title } }, { title: c.title, id: { gt: c.id } }] } : {}),
    },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: page.limit + 1,
  });
  const shown = rows.slice(0, page.limit);
  return {
    saved_replies: shown.map(savedReplyDto),
    next_cursor: rows.length > page.limit ? encodeTitleCursor(shown[shown.length - 1]!) : null,
  };
}

export async function createSavedReply(db: Db, actor: Actor, input: SavedReplyInput) {
  const row = await db.savedReply.create({
    data: { workspaceId: actor.workspaceId, ...input, createdBy: actor.name ?? actor.label },
  });
  await log(db, actor, "saved_reply.create", row);
  return savedReplyDto(row);
}

/** Changes a live saved reply; its previous title and text are kept in the activity log. */
export async function updateSavedReply(db: Db, actor: Actor, id: string, patch: SavedReplyPatch) {
  const before = await find(db, actor, id, false);
  const [row] = await db.savedReply.updateManyAndReturn({ where: { id: before.id, deletedAt: null }, data: patch });
  if (!row) throw notFound("savedReply");
  await log(db, actor, "saved_reply.edit", row, { before: { title: before.title, text: before.text } });
  return savedReplyDto(row);
}

/** Takes a saved reply off the list; the row stays, so restoring it undoes the deletion. Safe to repeat. */
export async function deleteSavedReply(db: Db, actor: Actor, id: string, now: Date) {
  const row = await find(db, actor, id, true);
  if (row.deletedAt) return savedReplyDto(row);
  const [deleted] = await db.savedReply.updateManyAndReturn({
    where: { id: row.id, deletedAt: null },
    data: { deletedAt: now },
  });
  if (deleted) await log(db, actor, "saved_reply.delete", deleted);
  return savedReplyDto(deleted ?? row);
}

export async function restoreSavedReply(db: Db, actor: Actor, id: string) {
  const row = await find(db, actor, id, true);
  if (!row.deletedAt) return savedReplyDto(row);
  const [restored] = await db.savedReply.updateManyAndReturn({
    where: { id: row.id, deletedAt: { not: null } },
    data: { deletedAt: null },
  });
  if (restored) await log(db, actor, "saved_reply.restore", restored);
  return savedReplyDto(restored ?? row);
}

async function find(db: Db, actor: Actor, id: string, withDeleted: boolean) {
  const row = await db.savedReply.findFirst({
    where: { id, workspaceId: actor.workspaceId, ...(withDeleted ? {} : { deletedAt: null }) },
  });
  if (!row) throw notFound("savedReply");
  return row;
}

function log(db: Db, actor: Actor, action: string, row: SavedReply, data: Record<string, unknown> = {}) {
  return recordEvent(db, actor, {
    action,
    entityType: "saved_reply",
    entityId: row.id,
    data: { title: row.title, ...data },
  });
}
