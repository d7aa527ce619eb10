import { json, withPublic } from "@/lib/http";
import { getEnv } from "@/lib/env";
import { getHeartbeat } from "@/lib/scheduler/get-heartbeat";

export const dynamic = "force-dynamic";

export const GET = withPublic(async ({ db, now }) => {
  try {
    const beat = await getHeartbeat({ db, now, catchupDays: getEnv().CATCHUP_DAYS });
    // Only the state and times: the endpoint is public, so no tenant's counts.
    return json({
      status: "ok",
      database: "ok",
      scheduler: { last_run_at: beat.last_run_at, state: beat.state, next_run_at: beat.next_run_at },
    });
  } catch {
    return json(
      { status: "degraded", database: "unreachable", scheduler: { last_run_at: null, state: "unknown" } },
      503,
    );
  }
});
