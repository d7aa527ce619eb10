import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { updatePostExtras } from "@/lib/plans/update-post-extras";
import { updatePostExtrasSchema } from "@/lib/schemas/post-extras";

export type UpdatedPostExtrasResponse = JsonOf<typeof updatePostExtras>;

/** An X thread's parts and the first comment of any post. */
export const PUT = withAuth<{ id: string }>(
  async ({ req, db, auth, params, now }) => {
    const input = await readJson(req, updatePostExtrasSchema);
    return json(await updatePostExtras({ db, actor: auth.actor, id: params.id, input, now }));
  },
  { role: "editor" },
);
