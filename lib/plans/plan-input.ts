import type { Db } from "@/lib/db";
import type { Brand } from "@/lib/generated/prisma/client";
import type { GeneratePlanInput } from "@/lib/strategy/generate-plan";
import type { Network } from "@/lib/strategy/networks";
import type { AbTests } from "@/lib/strategy/types";
import { brandColumns } from "@/lib/brands/brand-columns";
import { addDays } from "@/lib/dates/days";
import { briefFromBrand } from "./brief-from-brand";
import { findRecentTexts } from "./find-recent-texts";
import { planNetworks } from "./plan-networks";

/** Undecided A/B tests alternate their two hooks; a decided one uses its winner from then on. */
function activeAbTests(brand: Brand): AbTests | undefined {
  const { abTests: tests, learning } = brandColumns(brand);
  if (!tests) return undefined;
  const decided = learning?.ab ?? {};
  return Object.fromEntries(
    Object.entries(tests).map(([pillar, hooks]) => {
      const w = decided[pillar]?.winner;
      return [pillar, w ? ([hooks[w === "A" ? 0 : 1], hooks[w === "A" ? 0 : 1]] as const) : hooks];
    }),
  );
}

/** What the planner is given for a brand's dates: its brief, learning, A/B tests and recent texts. */
export async function planInputFor(
  db: Db,
  brand: Brand,
  opts: {
    startDate: string;
    durationDays: number;
    networks?: Network[];
    seed?: number;
    now: Date;
    /** today's posts only at times still ahead (moved to a later hour, or left out) */
    skipPastHours?: boolean;
  },
): Promise<GeneratePlanInput & { networks: Network[]; seed: number }> {
  const { startDate, durationDays } = opts;
  const endDate = addDays(startDate, durationDays - 1);
  return {
    brief: briefFromBrand(brand),
    startDate,
    durationDays,
    networks: opts.networks ?? (await planNetworks(db, { brandId: brand.id, from: startDate, to: endDate })),
    seed: opts.seed ?? Math.floor(Math.random() * 2 ** 31),
    weights: brandColumns(brand).learning?.weights,
    abTests: activeAbTests(brand),
    avoidTexts: await findRecentTexts(db, { brandId: brand.id, from: startDate, to: endDate }),
    notBefore: opts.skipPastHours ? opts.now : undefined,
  };
}
