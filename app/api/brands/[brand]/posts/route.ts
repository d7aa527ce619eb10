import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { listPosts } from "@/lib/plans/list-posts";
import { postsRangeQuery } from "@/lib/schemas/strategy";

export type PostsResponse = JsonOf<typeof listPosts>;

export const GET = withAuth<{ brand: string }>(async ({ req, db, auth, params }) => {
  const { from, to } = readQuery(req, postsRangeQuery);
  return json(await listPosts({ db, workspaceId: auth.workspaceId, ref: params.brand, from, to }));
});
