import type { Db } from "@/lib/db";
import type { PostNetwork, SlotResult } from "./types";

/** The ledger as it stands for a day: what a run summary and the status board report. */
export async function slotResults(
  db: Db,
  filter: { workspaceId?: string; date: string; brandIds?: string[]; platforms?: PostNetwork[] },
): Promise<SlotResult[]> {
  const rows = await db.publication.findMany({
    where: {
      date: new Date(`${filter.date}T00:00:00Z`),
      brand: filter.workspaceId ? { workspaceId: filter.workspaceId } : undefined,
      brandId: filter.brandIds?.length ? { in: filter.brandIds } : undefined,
      platform: filter.platforms?.length ? { in: filter.platforms } : undefined,
    },
    include: { brand: { select: { slug: true } } },
    orderBy: [{ brandId: "asc" }, { platform: "asc" }],
  });
  return rows.map((r) => ({
    publication_id: r.id,
    post_id: r.postId,
    brand: r.brand.slug,
    platform: r.platform as PostNetwork,
    status: r.state,
    remote_id: r.remoteId,
    remote_url: r.remoteUrl,
    error: ["failed", "unknown", "missed"].includes(r.state)
      ? { class: r.failureClass ?? r.state, message: r.lastError ?? "" }
      : null,
  }));
}
