import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { generateStrategy } from "@/lib/plans/generate-strategy";
import { generateStrategySchema } from "@/lib/schemas/strategy";
import { aiWriterFromEnv } from "@/lib/wiring/ai-writer-from-env";

export type GeneratedStrategyResponse = JsonOf<typeof generateStrategy>;

export const maxDuration = 60;

export const POST = withAuth(
  async ({ req, db, auth, now }) =>
    json(
      await generateStrategy({
        db,
        actor: auth.actor,
        input: await readJson(req, generateStrategySchema),
        now,
        writer: aiWriterFromEnv(),
      }),
      201,
    ),
  { role: "editor" },
);
