import { json, readQuery, withAuth } from "@/lib/http";
import { listPosts } from "@/lib/plans/list-posts";
import { postsRangeQuery } from "@/lib/schemas/strategy";

export const GET = withAuth<{ brand: string }>(async ({ req, db, auth, params }) => {
  const { from, to } = readQuery(req, postsRangeQuery);
  return json(await listPosts({ db, workspaceId: auth.workspaceId, ref: params.brand, from, to }));
});
