import type { Db } from "@/lib/db";
import { attachRequestedCards } from "@/lib/media/attach-requested-cards";
import { mediaStorageFromEnv } from "./media-storage";

const running = new Map<string, Promise<unknown>>();

/**
 * Renders a brand's requested cards in this process, after the answer that asked for them, one drain per
 * brand at a time. Work a stopped process leaves behind is picked up by the next kick (the progress route
 * kicks too), and the claim on each post keeps two processes from doing the same card.
 */
export function kickCardDrain(db: Db, workspaceId: string, brandId: string): Promise<unknown> {
  const current = running.get(brandId);
  if (current) return current;
  const drain = attachRequestedCards({
    db,
    storage: mediaStorageFromEnv(),
    workspaceId,
    brandId,
    clock: () => new Date(),
    deadline: new Date(Date.now() + 10 * 60_000),
  })
    .catch((err: unknown) => console.error("[cards] drain failed:", err instanceof Error ? err.message : err))
    .finally(() => running.delete(brandId));
  running.set(brandId, drain);
  return drain;
}
