import { z } from "zod";
import { validationError } from "@/lib/errors";
import { allocatePillars } from "./allocate-pillars";
import { briefSchema, type BriefInput } from "./brief";
import { composePost, postTexts, preparePlanContext, type PlanContext } from "./compose-post";
import { PILLAR_KEYS, type PillarKey } from "./copy/types";
import { buildGuidelines } from "./guidelines";
import { NETWORKS, type Network } from "./networks";
import { buildPillars } from "./pillars";
import { deriveSeed, mulberry32 } from "./random";
import { addDays, isIsoDate } from "@/lib/dates/days";
import { zonedInstant } from "@/lib/dates/zoned";
import { resolvePublishTime } from "./schedule";
import { keepPostsAhead } from "./keep-posts-ahead";
import type { AbTests, LearningWeights, Plan, PlannedPost } from "./types";
import { msg } from "@/lib/i18n/render-text";

// Callers rebuild links with the real post id right after generation, so it is offered here too.

/** Posts this many days apart or closer on one network may not share a hook template or angle. */
export const REPEAT_WINDOW_DAYS = 7;

const weightMap = z.record(z.string(), z.number().finite());

const generatePlanInputSchema = z.object({
  startDate: z.string().refine(isIsoDate, "errors.v.realIsoDate"),
  durationDays: z.number().int().min(1).max(31),
  networks: z.array(z.enum(NETWORKS)).min(1),
  seed: z.number().int(),
  weights: z
    .object({
      pillars: weightMap.optional(),
      hooks: weightMap.optional(),
      formats: weightMap.optional(),
      hours: weightMap.optional(),
    })
    .optional(),
  abTests: z
    .record(z.string(), z.tuple([z.string().trim().min(1).max(280), z.string().trim().min(1).max(280)]))
    .optional(),
});

export interface GeneratePlanInput {
  brief: BriefInput;
  startDate: string;
  durationDays: number;
  networks: readonly Network[];
  seed: number;
  weights?: LearningWeights;
  abTests?: AbTests;
  /** texts the brand's accounts already carry (findRecentTexts): no post or thread part repeats one */
  avoidTexts?: Iterable<string>;
  /** today's posts only after this instant: one at an hour already gone moves later, or is left out */
  notBefore?: Date;
  /** reserved: AI writing happens afterwards, in generatePlanWithWriter */
  ai?: undefined;
}

/** Rotates CTA targets per network; the offset keeps one day's networks on different targets. */
export function ctaIndexFor(network: Network, dayIndex: number, targets: number): number {
  return (dayIndex + NETWORKS.indexOf(network)) % targets;
}

/**
 * A month of posts from one brief. Pure and deterministic: the same input gives the same
 * plan, byte for byte. Every post is one network × one day, in the brand's time zone.
 */
export function generatePlan(input: GeneratePlanInput): Plan {
  const parsed = generatePlanInputSchema.safeParse(input);
  const brief = briefSchema.safeParse(input.brief);
  if (!parsed.success) throw validationError(parsed.error, msg("errors.strategy.planRequest"));
  if (!brief.success) throw validationError(brief.error, msg("errors.strategy.brief"));
  const { startDate, durationDays, seed, weights = {}, abTests = {} } = parsed.data;
  const ctx = preparePlanContext(brief.data, weights);
  const networks = NETWORKS.filter((n) => parsed.data.networks.includes(n));
  const dates = Array.from({ length: durationDays }, (_, i) => addDays(startDate, i));
  const usedBodies = new Set<string>(input.avoidTexts);
  const byNetwork = networks.map((network) => planNetwork(ctx, network, dates, seed, abTests, usedBodies));
  const posts: PlannedPost[] = [];
  for (let day = 0; day < durationDays; day++) for (const list of byNetwork) posts.push(list[day]!);
  const { timezone: timeZone, postingHours } = brief.data;
  return {
    pillars: buildPillars(brief.data),
    guidelines: buildGuidelines(brief.data),
    posts: input.notBefore ? keepPostsAhead(posts, { now: input.notBefore, timeZone, postingHours }) : posts,
  };
}

function planNetwork(
  ctx: PlanContext,
  network: Network,
  dates: string[],
  seed: number,
  abTests: AbTests,
  usedBodies: Set<string>,
): PlannedPost[] {
  const rng = mulberry32(deriveSeed(seed, network));
  const brief = ctx.brief;
  const pillars = allocatePillars({
    days: dates.length,
    keys: PILLAR_KEYS,
    weights: ctx.weights.pillars,
    rng,
  }) as PillarKey[];
  const time = resolvePublishTime(network, brief.publishTimes[network], ctx.weights.hours, brief.postingHours);
  const nextVariant = new Map<string, 0 | 1>();
  const posts: PlannedPost[] = [];
  dates.forEach((date, day) => {
    const recent = posts.slice(Math.max(0, day - (REPEAT_WINDOW_DAYS - 1)));
    const nearHooks = new Set(recent.map((p) => p.hookTemplate));
    const pillar = pillars[day]!;
    let abHook: { id: string; text: string; variant: "A" | "B" } | undefined;
    const pair = abTests[pillar];
    if (pair) {
      const v = nextVariant.get(pillar) ?? 0;
      const variant = v === 0 ? "A" : "B";
      const id = `ab:${pillar}:${variant}`;
      // A variant seen in the last week waits; the slot gets a regular hook instead.
      if (!nearHooks.has(id)) abHook = { id, text: pair[v], variant };
    }
    const post = composePost(
      ctx,
      {
        network,
        date,
        time,
        scheduledAt: zonedInstant(date, time, brief.timezone).toISOString(),
        pillar,
        slotIndex: day,
        ctaTarget: brief.ctaTargets[ctaIndexFor(network, day, brief.ctaTargets.length)]!,
        abHook,
      },
      { nearHooks, nearAngles: new Set(recent.map((p) => p.angle)), usedBodies },
      rng,
    );
    if (post.abVariant) nextVariant.set(pillar, post.abVariant === "A" ? 1 : 0);
    for (const text of postTexts(post)) usedBodies.add(text);
    posts.push(post);
  });
  return posts;
}
