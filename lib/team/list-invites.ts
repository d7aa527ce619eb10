import type { Db } from "@/lib/db";
import { newestFirst, olderThan, pageOf } from "@/lib/pagination/keyset-cursor";
import { inviteDto } from "./invite-dto";

/** The workspace's invites, newest first, a page at a time (accepted and revoked ones stay listed). */
export async function listInvites({
  db,
  workspaceId,
  now,
  limit,
  cursor,
}: {
  db: Db;
  workspaceId: string;
  now: Date;
  limit: number;
  cursor?: string;
}) {
  const rows = await db.invite.findMany({
    where: { workspaceId, ...olderThan(cursor) },
    orderBy: newestFirst(),
    take: limit + 1,
  });
  const { page, next_cursor } = pageOf(rows, limit);
  return { invites: page.map((r) => inviteDto(r, now)), next_cursor };
}
