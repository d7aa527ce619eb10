import { z } from "zod";
import type { Brand } from "@/lib/generated/prisma/client";
import { briefFields } from "@/lib/strategy/brief";

const weightMap = z.record(z.string(), z.number()).optional();

/** The JSON columns of a brand, as the code relies on them; a row that disagrees is an error, not a cast. */
const brandColumnsSchema = z.object({
  language: briefFields.language,
  ctaTargets: z.array(briefFields.ctaTarget),
  publishTimes: briefFields.publishTimes,
  abTests: z.record(z.string(), z.tuple([z.string(), z.string()])).nullable(),
  learning: z
    .looseObject({
      weights: z.object({ pillars: weightMap, hooks: weightMap, formats: weightMap, hours: weightMap }).optional(),
      ab: z.record(z.string(), z.looseObject({ winner: z.enum(["A", "B"]).nullable() })).optional(),
    })
    .nullable(),
});

/** Just the CTA targets, for code that holds no more of the brand. */
export const ctaTargetsOf = (b: Pick<Brand, "ctaTargets">) => brandColumnsSchema.shape.ctaTargets.parse(b.ctaTargets);

export function brandColumns(b: Pick<Brand, "language" | "ctaTargets" | "publishTimes" | "abTests" | "learning">) {
  return brandColumnsSchema.parse({
    language: b.language,
    ctaTargets: b.ctaTargets,
    publishTimes: b.publishTimes,
    abTests: b.abTests ?? null,
    learning: b.learning ?? null,
  });
}
