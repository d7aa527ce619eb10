import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/render-text";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { networkName } from "@/lib/strategy/network-names";
import { remoteFromUrl } from "./remote-from-url";
import type { PostNetwork } from "./types";

interface LinkInput {
  workspaceId: string;
  brand: string;
  date: string;
  platform: PostNetwork;
  url: string;
  actor: Actor;
}

/**
 * A post the network has (it called a re-send a duplicate) but whose id it never gave back: a person
 * pastes its link from the network, and the ledger gets the id, so its link shows and its metrics are
 * collected. Only a published row without an id takes one; a recorded id is never replaced.
 */
export async function recordRemoteLink(db: Db, input: LinkInput) {
  const brand = await resolveBrand({ db, workspaceId: input.workspaceId, ref: input.brand });
  const where = { brandId: brand.id, platform: input.platform, date: new Date(`${input.date}T00:00:00Z`) };
  const row = await db.publication.findFirst({ where: { ...where, state: "published" } });
  const network = networkName(input.platform);
  if (!row) throw new AppError("not_found", msg("errors.runs.nothingToLink", { network, date: input.date }));
  if (row.remoteId) throw new AppError("conflict", msg("errors.runs.alreadyLinked", { network }));
  const page = input.platform === "facebook" ? await facebookPage(db, brand.id) : null;
  const remote = remoteFromUrl(input.platform, input.url, page);
  if (!remote)
    throw new AppError("validation_error", msg("errors.runs.notAPostLink", { network }), [
      { path: "remote_url", message: msg("errors.detail.notAPostLink", { network }) },
    ]);
  if (remote.remoteId) {
    const other = await db.publication.findFirst({
      // Within the workspace: another tenant's ledger is neither read nor named here.
      where: {
        platform: input.platform,
        remoteId: remote.remoteId,
        id: { not: row.id },
        brand: { workspaceId: input.workspaceId },
      },
      select: { date: true },
    });
    if (other)
      throw new AppError(
        "conflict",
        msg("errors.runs.linkTaken", { date: other.date.toISOString().slice(0, 10), network }),
      );
  }
  return db.$transaction(async (tx) => {
    // Fenced on the id still being unknown: of two people pasting at once, the first one wins.
    const { count } = await tx.publication.updateMany({
      where: { id: row.id, state: "published", remoteId: null },
      data: { remoteId: remote.remoteId, remoteUrl: remote.remoteUrl, lastError: null },
    });
    if (count === 0) throw new AppError("conflict", msg("errors.runs.alreadyLinked", { network }));
    await recordEvent(tx, input.actor, {
      action: "publication.link",
      entityType: "post",
      entityId: row.postId,
      data: { platform: input.platform, date: input.date, remote_id: remote.remoteId, remote_url: remote.remoteUrl },
    });
    return {
      brand: brand.slug,
      platform: input.platform,
      date: input.date,
      remote_id: remote.remoteId,
      remote_url: remote.remoteUrl,
    };
  });
}

async function facebookPage(db: Db, brandId: string): Promise<string | null> {
  const c = await db.channelConnection.findFirst({
    where: { brandId, platform: "facebook", archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: { accountId: true },
  });
  return c?.accountId ?? null;
}
