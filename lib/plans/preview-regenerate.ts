import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { classifyExisting, describeRegenerate } from "./classify-existing";
import { addDays, utcDay } from "@/lib/dates/days";
import { planNetworks } from "./plan-networks";
import { planInputFor } from "./plan-input";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { brandToday } from "@/lib/dates/zoned";
import type { Network } from "@/lib/strategy/networks";

/** What a regenerate of these dates would keep and replace, before anything is written. */
export async function previewRegenerate({
  db,
  workspaceId,
  ref,
  startDate,
  durationDays,
  now,
  skipPastHours,
}: {
  db: Db;
  workspaceId: string;
  ref: string;
  startDate: string;
  durationDays: number;
  now: Date;
  skipPastHours?: boolean;
}) {
  const brand = await resolveBrand({ db, workspaceId, ref });
  const to = addDays(startDate, durationDays - 1);
  const { kept, replaced, keptBy } = await classifyExisting(db, {
    brandId: brand.id,
    from: startDate,
    to,
    replace: "untouched",
  });
  const networks = await planNetworks(db, { brandId: brand.id, from: startDate, to });
  const today = brandToday(now, brand.timezone);
  const late =
    skipPastHours && startDate <= today && today <= to ? await lateToday(db, brand, today, networks, now) : null;
  const planned = durationDays * networks.length - (late?.leftOut ?? 0);
  return {
    brand: brand.slug,
    from: startDate,
    to,
    /** the networks the plan will cover, without `platforms` in the request: the calendar's dialog names them */
    networks,
    /** the posts the plan will hold, fewer than days × networks when today's hours have passed */
    planned,
    /** today's posts whose planned hour has passed, moved to a later posting hour today (brand's local times) */
    moved_today: late?.moved ?? [],
    kept: kept.length,
    replaced: replaced.length,
    kept_by: keptBy,
    summary: describeRegenerate(keptBy, replaced.length),
    // the posts a person may opt in to replacing (published ones never are)
    kept_posts: kept.map((p) => ({
      id: p.id,
      date: utcDay(p.date),
      platform: p.platform,
      status: p.status,
      kind: p.kind,
      excerpt: p.body.slice(0, 120),
      replaceable: p.kind !== "published",
    })),
  };
}

/**
 * Only today's posts are affected by hours that have passed, and what happens to each depends on its
 * network's planned hour (the same every day): the planner, asked for today alone with and without the
 * hours already gone, says which are left out and which move to a later hour.
 */
async function lateToday(
  db: Db,
  brand: Awaited<ReturnType<typeof resolveBrand>>,
  today: string,
  networks: Network[],
  now: Date,
) {
  const input = await planInputFor(db, brand, {
    startDate: today,
    durationDays: 1,
    networks,
    now,
    skipPastHours: true,
  });
  const ahead = generatePlan(input).posts;
  const planned = new Map(generatePlan({ ...input, notBefore: undefined }).posts.map((p) => [p.network, p.time]));
  const moved = ahead.flatMap((p) => {
    const from = planned.get(p.network);
    return from && from !== p.time ? [{ platform: p.network, from, to: p.time }] : [];
  });
  return { leftOut: networks.length - ahead.length, moved };
}
