import { json, withAuth, type JsonOf } from "@/lib/http";
import { listPostVersions } from "@/lib/history/list-post-versions";

export type PostVersionsResponse = JsonOf<typeof listPostVersions>;

export const GET = withAuth<{ id: string }>(async ({ db, auth, params }) =>
  json(await listPostVersions({ db, workspaceId: auth.workspaceId, id: params.id })),
);
