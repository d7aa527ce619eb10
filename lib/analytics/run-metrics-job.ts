import { collectMetrics, type CollectDeps } from "./collect-metrics";
import { updateLearning } from "./learning/update-learning";

/** The daily metrics job: collect the window's snapshots, then relearn every brand that got new ones. */
export async function runMetricsJob(deps: CollectDeps, opts: { windowDays: number }) {
  const result = await collectMetrics(deps, opts);
  const brands = await deps.db.brand.findMany({
    where: { posts: { some: { metrics: { some: { collectedAt: deps.now } } } } },
    select: { id: true },
  });
  for (const b of brands) await updateLearning({ db: deps.db, brandId: b.id, now: deps.now });
  return { ...result, learning_updated: brands.length };
}
