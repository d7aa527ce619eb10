import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashOneTimeToken } from "@/lib/crypto/one-time-token";
import { msg } from "@/lib/i18n/render-text";

export const LINK_GONE = msg("errors.reviewLink.gone");

/** The link, and the only posts it may ever touch: its live brand, its dates, its networks, not archived. */
export async function openReviewLink(db: Db, token: string, now: Date) {
  const link = await db.reviewLink.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    include: { workspace: true },
  });
  if (!link || link.revokedAt || link.expiresAt <= now) throw new AppError("not_found", LINK_GONE);
  const brand = await db.brand.findUniqueOrThrow({ where: { id: link.brandId } });
  // An archived brand's links are gone with it (and work again if it is restored within the retention).
  if (brand.archivedAt) throw new AppError("not_found", LINK_GONE);
  const scope: Prisma.PostWhereInput = {
    brandId: link.brandId,
    brand: { workspaceId: link.workspaceId },
    archivedAt: null,
    date: { gte: link.fromDate, lte: link.toDate },
    ...(link.platforms.length ? { platform: { in: link.platforms } } : {}),
  };
  return { link, brand, scope };
}
