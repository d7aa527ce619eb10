import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/audit/record-event";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { notFound } from "@/lib/errors";

/** Stops following an account. The row and its collected posts stay (marked removed), so following it again brings them back. */
export async function removeCompetitor({ db, actor, ref, id }: { db: Db; actor: Actor; ref: string; id: string }) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  const row = await db.competitorAccount.findFirst({
    where: { id, brandId: brand.id, workspaceId: actor.workspaceId, removedAt: null },
  });
  if (!row) throw notFound("competitor");
  await db.$transaction([
    db.competitorAccount.update({ where: { id: row.id }, data: { removedAt: new Date() } }),
    db.auditEvent.create({
      data: {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        actorLabel: actor.label,
        action: "competitor.remove",
        entityType: "brand",
        entityId: brand.id,
        data: { platform: row.platform, handle: row.handle },
      },
    }),
  ]);
  return { removed: row.id };
}
