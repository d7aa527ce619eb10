import { getEnv } from "@/lib/env";
import { json, withCron } from "@/lib/http";
import { orchestratorDeps } from "@/lib/wiring/orchestration-deps";
import { runCron } from "@/lib/orchestration/run-cron";
import { injectAllSignals } from "@/lib/analytics/signals/inject-all-signals";

export const maxDuration = 60;
export const dynamic = "force-dynamic";

export const GET = withCron(async ({ db, now }) => {
  const env = getEnv();
  // Yesterday's results and today's news reach today's posts before anything is sent.
  const signals = await injectAllSignals({ db, now });
  const result = await runCron(orchestratorDeps(db, { deadlineMs: env.RUN_DEADLINE_MS }), {
    catchupDays: env.CATCHUP_DAYS,
  });
  return json({ run_id: result.run_id, counts: result.counts, complete: result.complete, signals });
});
