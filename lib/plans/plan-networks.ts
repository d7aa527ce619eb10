import type { Db } from "@/lib/db";
import { NETWORKS, type Network } from "@/lib/strategy/networks";

/**
 * The networks a new plan for these days covers when the request names none: those of the brand's latest plan
 * for them, else of its latest plan, else all three. A brand planned for LinkedIn alone is regenerated for
 * LinkedIn alone, as the calendar's "Regenerate month" (which names no networks) is expected to.
 */
export async function planNetworks(
  db: Pick<Db, "plan">,
  { brandId, from, to }: { brandId: string; from: string; to: string },
): Promise<Network[]> {
  const latest = { orderBy: { createdAt: "desc" as const }, select: { brief: true } };
  const plan =
    (await db.plan.findFirst({
      where: {
        brandId,
        startDate: { lte: new Date(`${to}T00:00:00Z`) },
        endDate: { gte: new Date(`${from}T00:00:00Z`) },
      },
      ...latest,
    })) ?? (await db.plan.findFirst({ where: { brandId }, ...latest }));
  const stored = (plan?.brief as { networks?: unknown } | null)?.networks;
  const known = Array.isArray(stored) ? NETWORKS.filter((n) => stored.includes(n)) : [];
  return known.length ? known : [...NETWORKS];
}
