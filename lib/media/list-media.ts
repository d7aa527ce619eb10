import type { Db } from "@/lib/db";
import { mediaDto } from "./media-dto";

/** A brand's library, newest first, a page at a time (`cursor` is the last id of the previous page). */
export async function listMedia({
  db,
  workspaceId,
  brandId,
  cursor,
  limit,
}: {
  db: Db;
  workspaceId: string;
  brandId: string;
  cursor?: string;
  limit: number;
}) {
  const rows = await db.media.findMany({
    where: { workspaceId, brandId, archivedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, limit);
  return { media: page.map(mediaDto), next_cursor: rows.length > limit ? page.at(-1)!.id : null };
}
