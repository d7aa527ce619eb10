import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { listPostVersions } from "@/lib/history/list-post-versions";
import { listVersionsQuery } from "@/lib/schemas/history";

export type PostVersionsResponse = JsonOf<typeof listPostVersions>;

export const GET = withAuth<{ id: string }>(async ({ req, db, auth, params }) =>
  json(
    await listPostVersions({ db, workspaceId: auth.workspaceId, id: params.id, ...readQuery(req, listVersionsQuery) }),
  ),
);
