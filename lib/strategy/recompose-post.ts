import { AppError, validationError } from "@/lib/errors";
import { briefSchema, type BriefInput } from "./brief";
import { composePost, postTexts, preparePlanContext } from "./compose-post";
import { PILLAR_KEYS, type PillarKey } from "./copy/types";
import { REPEAT_WINDOW_DAYS, ctaIndexFor } from "./generate-plan";
import type { Network, PostFormat } from "./networks";
import { deriveSeed, mulberry32 } from "./random";
import { daysBetween } from "@/lib/dates/days";
import { zonedInstant } from "@/lib/dates/zoned";
import type { LearningWeights, PlannedPost } from "./types";
import { msg } from "@/lib/i18n/render-text";

interface RecomposePostInput {
  brief: BriefInput;
  /** the other posts of the plan (any network); the one on this slot, if present, is the current version */
  context: readonly PlannedPost[];
  slot: { network: Network; date: string; time: string; pillar: string };
  seed: number;
  weights?: LearningWeights;
  /** the version being replaced, when it is not part of `context` */
  current?: Pick<PlannedPost, "hookTemplate" | "angle" | "body" | "ctaTarget">;
  /** texts the brand's accounts already carry (findRecentTexts), besides the plan's */
  avoidTexts?: Iterable<string>;
  /** formats the post cannot take as it stands (a LinkedIn post keeping its image cannot become a carousel) */
  excludeFormats?: readonly PostFormat[];
}

/**
 * A fresh variation of one slot: a different hook, angle and body than the current version,
 * still clear of every hook and angle used within 7 days on that network, and unique in the plan.
 * The CTA target is kept so the plan's rotation is untouched.
 */
export function recomposePost(input: RecomposePostInput): PlannedPost {
  const brief = briefSchema.safeParse(input.brief);
  if (!brief.success) throw validationError(brief.error, msg("errors.strategy.brief"));
  const { slot, context } = input;
  if (!(PILLAR_KEYS as readonly string[]).includes(slot.pillar)) {
    throw new AppError("validation_error", msg("errors.strategy.pillar", { pillar: slot.pillar }));
  }
  const day = daysBetween("1970-01-01", slot.date);
  const isSlot = (p: PlannedPost) => p.network === slot.network && p.date === slot.date;
  const current = input.current ?? context.find(isSlot);
  const neighbours = context.filter(
    (p) => p.network === slot.network && !isSlot(p) && Math.abs(daysBetween(slot.date, p.date)) < REPEAT_WINDOW_DAYS,
  );
  const usedBodies = new Set([...(input.avoidTexts ?? []), ...context.filter((p) => !isSlot(p)).flatMap(postTexts)]);
  const targets = brief.data.ctaTargets;
  const ctaTarget =
    targets.find((t) => t.key === current?.ctaTarget) ?? targets[ctaIndexFor(slot.network, day, targets.length)]!;
  const ctx = preparePlanContext(brief.data, input.weights);
  const rng = mulberry32(deriveSeed(input.seed, "regenerate", slot.network, slot.date));
  return composePost(
    ctx,
    {
      network: slot.network,
      date: slot.date,
      time: slot.time,
      scheduledAt: zonedInstant(slot.date, slot.time, brief.data.timezone).toISOString(),
      pillar: slot.pillar as PillarKey,
      slotIndex: day + 1,
      ctaTarget,
    },
    {
      nearHooks: new Set(neighbours.map((p) => p.hookTemplate)),
      nearAngles: new Set(neighbours.map((p) => p.angle)),
      usedBodies,
      avoid: current ? { hookTemplate: current.hookTemplate, angle: current.angle, body: current.body } : undefined,
      excludeFormats: input.excludeFormats,
    },
    rng,
  );
}
