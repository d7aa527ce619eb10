import { getEnv } from "@/lib/env";
import { createAiWriter, type Writer } from "@/lib/strategy/generate-plan-with-writer";

/** The optional AI writer is on only when all three AI_* variables are set. */
export function aiWriterFromEnv(): Writer | undefined {
  const env = getEnv();
  if (!env.AI_BASE_URL || !env.AI_API_KEY || !env.AI_MODEL) return undefined;
  return createAiWriter({ baseUrl: env.AI_BASE_URL, apiKey: env.AI_API_KEY, model: env.AI_MODEL, timeoutMs: 20_000 });
}
