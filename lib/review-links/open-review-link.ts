import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashOneTimeToken } from "@/lib/crypto/one-time-token";

export const LINK_GONE = "This review link is invalid, expired or revoked. Ask the team for a new one.";

/** The link, and the only posts it may ever touch: its brand, its dates, its networks, not archived. */
export async function openReviewLink(db: Db, token: string, now: Date) {
  const link = await db.reviewLink.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    include: { workspace: true },
  });
  if (!link || link.revokedAt || link.expiresAt <= now) throw new AppError("not_found", LINK_GONE);
  const brand = await db.brand.findUniqueOrThrow({ where: { id: link.brandId } });
  const scope: Prisma.PostWhereInput = {
    brandId: link.brandId,
    brand: { workspaceId: link.workspaceId },
    archivedAt: null,
    date: { gte: link.fromDate, lte: link.toDate },
    ...(link.platforms.length ? { platform: { in: link.platforms } } : {}),
  };
  return { link, brand, scope };
}
