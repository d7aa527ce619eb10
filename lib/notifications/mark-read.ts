import type { Db } from "@/lib/db";

export async function markRead({
  db,
  workspaceId,
  userId,
  ids,
  now,
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  ids: string[] | "all";
  now: Date;
}) {
  const { count } = await db.notification.updateMany({
    where: { workspaceId, userId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: now },
  });
  return { marked: count };
}
