import { json, readQuery, withAuth } from "@/lib/http";
import { getRunStatus } from "@/lib/orchestration/get-run-status";
import { statusQuery } from "@/lib/schemas/orchestrator";

export const GET = withAuth(async ({ req, db, auth, now }) => {
  const q = readQuery(req, statusQuery);
  const date = q.date ?? now.toISOString().slice(0, 10);
  return json(await getRunStatus({ db, workspaceId: auth.workspaceId, date, brandSlug: q.brand }));
});
