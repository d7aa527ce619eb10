import { z } from "zod";

/** A signal's timely variant waiting on a post (written by lib/analytics/signals). */
const postSuggestionSchema = z
  .object({ body: z.string().min(1), reason: z.string().optional(), signal_id: z.string().optional() })
  .nullable();
type PostSuggestion = z.infer<typeof postSuggestionSchema>;

/** A plan's pillars as the calendar and the learning read them. */
const planPillarsSchema = z.array(z.looseObject({ key: z.string(), name: z.string() }));

export const readSuggestion = (value: unknown): PostSuggestion => postSuggestionSchema.parse(value ?? null);
export const readPillars = (value: unknown) => planPillarsSchema.parse(value ?? []);
