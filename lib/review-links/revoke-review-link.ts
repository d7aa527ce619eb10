import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { hashOneTimeToken } from "@/lib/crypto/one-time-token";

/** By id, or by the URL itself (whoever holds the link can name it). */
export async function revokeReviewLink({
  db,
  actor,
  ref,
  id,
  url,
  now,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  id?: string;
  url?: string;
  now: Date;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  const token = url ? /rvw_[A-Za-z0-9_-]+/.exec(url)?.[0] : undefined;
  const where = {
    workspaceId: actor.workspaceId,
    brandId: brand.id,
    revokedAt: null,
    ...(id ? { id } : { tokenHash: token ? hashOneTimeToken(token) : "-" }),
  };
  return db.$transaction(async (tx) => {
    const { count } = await tx.reviewLink.updateMany({ where, data: { revokedAt: now } });
    if (count === 0) throw notFound("activeReviewLink");
    await recordEvent(tx, actor, {
      action: "review_link.revoke",
      entityType: "brand",
      entityId: brand.id,
      data: { id: id ?? null },
    });
    return { revoked: true };
  });
}
