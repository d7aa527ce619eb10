import { json, withAuth, type JsonOf } from "@/lib/http";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { updateLearning } from "@/lib/analytics/learning/update-learning";

export type LearningResponse = { brand: string; learning: JsonOf<typeof updateLearning> | null };

export const GET = withAuth<{ brand: string }>(async ({ db, auth, params }) => {
  const brand = await resolveBrand({ db, workspaceId: auth.workspaceId, ref: params.brand });
  return json({ brand: brand.slug, learning: brand.learning ?? null });
});

/** Recomputes now instead of waiting for the metrics cron. */
export const POST = withAuth<{ brand: string }>(
  async ({ db, auth, params, now }) => {
    const brand = await resolveBrand({ db, workspaceId: auth.workspaceId, ref: params.brand });
    return json({ brand: brand.slug, learning: await updateLearning({ db, brandId: brand.id, now }) });
  },
  { role: "editor" },
);
