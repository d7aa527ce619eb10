import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { listSocialComments } from "@/lib/listening/list-social-comments";
import { commentsQuery } from "@/lib/schemas/listening";

export type CommentsResponse = JsonOf<typeof listSocialComments>;

export const GET = withAuth<{ brand: string }>(async ({ req, db, auth, params, now }) =>
  json(
    await listSocialComments({
      db,
      workspaceId: auth.workspaceId,
      ref: params.brand,
      now,
      query: readQuery(req, commentsQuery),
    }),
  ),
);
