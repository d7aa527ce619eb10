import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { regeneratePost } from "@/lib/plans/regenerate-post";
import { regeneratePostSchema } from "@/lib/schemas/strategy";

export type RegeneratedPostResponse = JsonOf<typeof regeneratePost>;

export const POST = withAuth<{ id: string }>(
  async ({ req, db, auth, params, now }) => {
    const { version, replace } = await readJson(req, regeneratePostSchema);
    return json(await regeneratePost({ db, actor: auth.actor, id: params.id, version, replace, now }));
  },
  { role: "editor" },
);
