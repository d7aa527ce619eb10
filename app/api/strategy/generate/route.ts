import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { generateStrategy } from "@/lib/plans/generate-strategy";
import { generateStrategySchema } from "@/lib/schemas/strategy";
import { aiWriterFromEnv } from "@/lib/wiring/ai-writer-from-env";
import { kickCardDrain } from "@/lib/wiring/card-drain";

export type GeneratedStrategyResponse = JsonOf<typeof generateStrategy>;

export const maxDuration = 60;

export const POST = withAuth(
  async ({ req, db, auth, now }) => {
    const generated = await generateStrategy({
      db,
      actor: auth.actor,
      input: await readJson(req, generateStrategySchema),
      now,
      writer: aiWriterFromEnv(),
    });
    if (generated.cards_requested > 0) void kickCardDrain(db, auth.workspaceId, generated.brand_id);
    return json(generated, 201);
  },
  { role: "editor" },
);
