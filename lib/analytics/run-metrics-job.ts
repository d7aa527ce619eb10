import { collectMetrics, type CollectDeps } from "./collect-metrics";
import { updateLearning } from "./learning/update-learning";
import { collectComments, type CommentsDeps } from "@/lib/listening/collect-comments";

/**
 * The daily metrics job: collect the window's snapshots and, when comment sources are wired, the
 * comments under the same posts; then relearn every brand that got new snapshots or comments.
 */
export async function runMetricsJob(
  deps: CollectDeps & Partial<Omit<CommentsDeps, "db" | "now" | "keyRing">>,
  opts: { windowDays: number },
) {
  const result = await collectMetrics(deps, opts);
  const comments = deps.commentsFor ? await collectComments({ ...deps, commentsFor: deps.commentsFor }, opts) : null;
  const brands = await deps.db.brand.findMany({
    where: {
      OR: [
        { posts: { some: { metrics: { some: { collectedAt: deps.now } } } } },
        { socialComments: { some: { collectedAt: deps.now } } },
      ],
    },
    select: { id: true },
  });
  for (const b of brands) await updateLearning({ db: deps.db, brandId: b.id, now: deps.now });
  return {
    ...result,
    learning_updated: brands.length,
    ...(comments
      ? {
          comments: {
            stored: comments.stored,
            failed: comments.failed,
            alerted: comments.alerted,
            failures: comments.failures,
          },
        }
      : {}),
  };
}
