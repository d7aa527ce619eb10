import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { findPost } from "@/lib/plans/find-post";
import { postDto } from "@/lib/plans/post-dto";
import { updatePost } from "@/lib/plans/update-post";
import { updatePostSchema } from "@/lib/schemas/strategy";
import { assertMaySetStatus } from "@/lib/review/assert-may-set-status";

export type UpdatedPostResponse = JsonOf<typeof updatePost>;

type P = { id: string };

export const GET = withAuth<P>(async ({ db, auth, params }) => {
  const post = await findPost(db, auth.workspaceId, params.id);
  return json(postDto(post, post.brand.timezone));
});

export const PATCH = withAuth<P>(
  async ({ req, db, auth, params, now }) => {
    const input = await readJson(req, updatePostSchema);
    await assertMaySetStatus({ db, ...auth, id: params.id, status: input.status, body: input.body });
    return json(await updatePost({ db, actor: auth.actor, id: params.id, input, now }));
  },
  { role: "editor" },
);
