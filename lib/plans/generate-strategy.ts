import type { Db } from "@/lib/db";
import type { GenerateStrategyInput } from "@/lib/schemas/strategy";
import type { Writer } from "@/lib/strategy/generate-plan-with-writer";
import type { Actor } from "@/lib/audit/record-event";
import { upsertBrandFromBrief } from "./upsert-brand-from-brief";
import { createPlanForBrand } from "./create-plan-for-brand";
import { requestCards } from "@/lib/media/attach-requested-cards";

/**
 * A brief becomes a month: the brand is created or updated by name, the previous plan for those
 * dates is archived, and slots that hold a published post or a person's work (edited, moved, approved,
 * skipped) are left exactly as they are unless the caller opts in to replacing that work. With
 * `attach_cards`, each new post without an image is marked for a branded card, made after the answer.
 */
export async function generateStrategy({
  db,
  actor,
  input,
  now,
  writer,
}: {
  db: Db;
  actor: Actor;
  input: GenerateStrategyInput;
  now: Date;
  writer?: Writer;
}) {
  const brand = await upsertBrandFromBrief(db, actor, input);
  const result = await createPlanForBrand({
    db,
    actor,
    brand,
    startDate: input.start_date,
    durationDays: input.duration_days,
    networks: input.platforms,
    seed: input.seed,
    now,
    writer,
    replace: input.replace,
    skipPastHours: input.skip_past_hours,
  });
  const cardsRequested = input.attach_cards ? await requestCards(db, result.plan.id, now) : 0;
  return { ...result, brand_id: brand.id, cards_requested: cardsRequested };
}
