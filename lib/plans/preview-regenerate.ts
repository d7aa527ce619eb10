import type { Db } from "@/lib/db";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { classifyExisting, describeRegenerate } from "./classify-existing";
import { addDays, utcDay } from "@/lib/dates/days";
import { planNetworks } from "./plan-networks";
import { planInputFor } from "./plan-input";
import { generatePlan } from "@/lib/strategy/generate-plan";
import { brandToday } from "@/lib/dates/zoned";

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
  // Only today's posts can be left out, and whether each keeps a time still ahead depends on its network's
  // planned hour (the same on every day): the planner, asked for today alone, says how many remain.
  const today = brandToday(now, brand.timezone);
  const leftOut =
    skipPastHours && startDate <= today && today <= to
      ? networks.length -
        generatePlan(await planInputFor(db, brand, { startDate: today, durationDays: 1, networks, now, skipPastHours }))
          .posts.length
      : 0;
  const planned = durationDays * networks.length - leftOut;
  return {
    brand: brand.slug,
    from: startDate,
    to,
    /** the networks the plan will cover, without `platforms` in the request: the calendar's dialog names them */
    networks,
    /** the posts the plan will hold, fewer than days × networks when today's hours have passed */
    planned,
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
