import type { Db } from "@/lib/db";
import type { GenerateStrategyInput } from "@/lib/schemas/strategy";
import type { Writer } from "@/lib/strategy/generate-plan-with-writer";
import type { Actor } from "@/lib/audit/record-event";
import { upsertBrandFromBrief } from "./upsert-brand-from-brief";
import { createPlanForBrand } from "./create-plan-for-brand";

/**
 * A brief becomes a month: the brand is created or updated by name, the previous plan for those
 * dates is archived, and slots that already hold a published post are left exactly as they are.
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
  return createPlanForBrand({
    db,
    actor,
    brand,
    startDate: input.start_date,
    durationDays: input.duration_days,
    networks: input.platforms,
    seed: input.seed,
    now,
    writer,
  });
}
