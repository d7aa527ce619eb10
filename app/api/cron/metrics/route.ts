import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { getEnv } from "@/lib/env";
import { json, withCron } from "@/lib/http";
import { collectMetrics } from "@/lib/analytics/collect-metrics";
import { updateLearning } from "@/lib/analytics/learning/update-learning";
import { createCollector } from "@/lib/wiring/network-adapters";

export const maxDuration = 60;
export const dynamic = "force-dynamic";

export const GET = withCron(async ({ db, now }) => {
  const result = await collectMetrics(
    { db, now, keyRing: () => keyRingFromEnv(), collectorFor: (n) => createCollector(n) },
    { windowDays: getEnv().METRICS_WINDOW_DAYS },
  );
  const brands = await db.brand.findMany({
    where: { posts: { some: { metrics: { some: { collectedAt: now } } } } },
    select: { id: true },
  });
  for (const b of brands) await updateLearning({ db, brandId: b.id, now });
  return json({ ...result, learning_updated: brands.length });
});
