import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { applySuggestion } from "@/lib/plans/apply-suggestion";
import { suggestionSchema } from "@/lib/schemas/analytics";

export type SuggestionResponse = JsonOf<typeof applySuggestion>;

export const POST = withAuth<{ id: string }>(
  async ({ req, db, auth, params, now }) => {
    const input = await readJson(req, suggestionSchema);
    return json(
      await applySuggestion({
        db,
        actor: auth.actor,
        id: params.id,
        accept: input.action === "accept",
        version: input.version,
        now,
      }),
    );
  },
  { role: "editor" },
);
