import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { recordEvent, type Actor } from "@/lib/audit/record-event";

export async function deleteConnection({ db, actor, ref, id }: { db: Db; actor: Actor; ref: string; id: string }) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  const { count } = await db.channelConnection.deleteMany({ where: { id, brandId: brand.id } });
  if (count === 0) throw notFound("Connection");
  await recordEvent(db, actor, { action: "connection.delete", entityType: "connection", entityId: id });
}
