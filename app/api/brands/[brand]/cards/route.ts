import { json, withAuth, type JsonOf } from "@/lib/http";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { countRequestedCards } from "@/lib/media/attach-requested-cards";
import { kickCardDrain } from "@/lib/wiring/card-drain";

export type CardProgressResponse = JsonOf<typeof countRequestedCards>;

/**
 * How many cards a generated month still waits for. Asking also resumes the rendering when no process is
 * doing it (after a restart), so the cards always get made while someone watches.
 */
export const GET = withAuth<{ brand: string }>(async ({ db, auth, params }) => {
  const brand = await resolveBrand({ db, workspaceId: auth.workspaceId, ref: params.brand });
  const progress = await countRequestedCards(db, auth.workspaceId, brand.id);
  if (progress.pending > 0) void kickCardDrain(db, auth.workspaceId, brand.id);
  return json(progress);
});
