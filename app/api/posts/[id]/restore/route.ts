import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { restorePostVersion } from "@/lib/history/restore-post-version";
import { restoreVersionSchema } from "@/lib/schemas/history";

export type RestoredVersionResponse = JsonOf<typeof restorePostVersion>;

export const POST = withAuth<{ id: string }>(
  async ({ req, db, auth, params, now }) =>
    json(
      await restorePostVersion({
        db,
        actor: auth.actor,
        role: auth.role,
        id: params.id,
        input: await readJson(req, restoreVersionSchema),
        now,
      }),
    ),
  { role: "editor" },
);
