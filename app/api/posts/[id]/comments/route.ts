import { json, readJson, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { addComment } from "@/lib/comments/add-comment";
import { listComments } from "@/lib/comments/list-comments";
import { notifyContext } from "@/lib/wiring/notify-deps";
import { addCommentSchema, commentsQuery } from "@/lib/schemas/comments";

export type CommentsResponse = JsonOf<typeof listComments>;
export type AddedCommentResponse = JsonOf<typeof addComment>;

type P = { id: string };

export const GET = withAuth<P>(async ({ req, db, auth, params }) => {
  const { before, limit } = readQuery(req, commentsQuery);
  return json(await listComments({ db, workspaceId: auth.workspaceId, postId: params.id, before, limit }));
});

/** Viewers may comment too: a reviewer who only reads still has something to say. */
export const POST = withAuth<P>(async ({ req, db, auth, params }) => {
  const { body } = await readJson(req, addCommentSchema);
  return json(await addComment({ db, actor: auth.actor, postId: params.id, body, notify: notifyContext(req) }), 201);
});
