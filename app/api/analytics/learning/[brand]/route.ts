import { json, readerLocale, withAuth, type Jsonified } from "@/lib/http";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { updateLearning } from "@/lib/analytics/learning/update-learning";
import { renderLearning, type RenderedLearning } from "@/lib/analytics/learning/render-learning";

export type LearningResponse = { brand: string; learning: Jsonified<RenderedLearning> | null };

export const GET = withAuth<{ brand: string }>(async ({ req, db, auth, params }) => {
  const brand = await resolveBrand({ db, workspaceId: auth.workspaceId, ref: params.brand });
  const locale = await readerLocale(req, db, auth.userId);
  return json({ brand: brand.slug, learning: renderLearning(brand.learning, locale) });
});

/** Recomputes now instead of waiting for the metrics cron. */
export const POST = withAuth<{ brand: string }>(
  async ({ req, db, auth, params, now }) => {
    const brand = await resolveBrand({ db, workspaceId: auth.workspaceId, ref: params.brand });
    const learning = await updateLearning({ db, brandId: brand.id, now });
    return json({ brand: brand.slug, learning: renderLearning(learning, await readerLocale(req, db, auth.userId)) });
  },
  { role: "editor" },
);
