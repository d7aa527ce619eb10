import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { hashOneTimeToken, newOneTimeToken } from "@/lib/crypto/one-time-token";
import type { CreateReviewLinkInput } from "@/lib/schemas/review-links";
import { shiftInstant } from "@/lib/dates/days";

/** The URL carries a random 256-bit token; only its hash is stored, so the link is unguessable and revocable. */
export async function createReviewLink({
  db,
  actor,
  ref,
  input,
  now,
  appUrl,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  input: CreateReviewLinkInput;
  now: Date;
  appUrl: string;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  const token = newOneTimeToken("rvw_");
  const link = await db.$transaction(async (tx) => {
    const row = await tx.reviewLink.create({
      data: {
        workspaceId: actor.workspaceId,
        brandId: brand.id,
        tokenHash: hashOneTimeToken(token),
        fromDate: new Date(`${input.from}T00:00:00Z`),
        toDate: new Date(`${input.to}T00:00:00Z`),
        platforms: input.platforms ?? [],
        createdById: actor.userId,
        expiresAt: shiftInstant(now, input.expires_in_days),
      },
    });
    await recordEvent(tx, actor, {
      action: "review_link.create",
      entityType: "brand",
      entityId: brand.id,
      data: { link_id: row.id, from: input.from, to: input.to },
    });
    return row;
  });
  return {
    id: link.id,
    url: new URL(`/review/${token}`, appUrl).toString(),
    from: input.from,
    to: input.to,
    expires_at: link.expiresAt.toISOString(),
  };
}
