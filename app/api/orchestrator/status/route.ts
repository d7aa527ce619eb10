import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { getRunStatus } from "@/lib/orchestration/get-run-status";
import { statusQuery } from "@/lib/schemas/orchestrator";
import { utcDay } from "@/lib/dates/days";

export type RunStatusResponse = JsonOf<typeof getRunStatus>;

export const GET = withAuth(async ({ req, db, auth, now }) => {
  const q = readQuery(req, statusQuery);
  const date = q.date ?? utcDay(now);
  return json(await getRunStatus({ db, workspaceId: auth.workspaceId, date, brandSlug: q.brand, now }));
});
