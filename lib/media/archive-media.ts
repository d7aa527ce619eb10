import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordEvent, type Actor } from "@/lib/audit/record-event";

/** Takes an image out of the library; posts that already went out keep theirs, the bytes stay until cleanup. */
export async function archiveMedia({ db, actor, id, now }: { db: Db; actor: Actor; id: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.media.updateMany({
      where: { id, workspaceId: actor.workspaceId, archivedAt: null },
      data: { archivedAt: now },
    });
    if (count === 0) throw notFound("image");
    await recordEvent(tx, actor, { action: "media.archive", entityType: "media", entityId: id });
    return { id, archived: true };
  });
}
