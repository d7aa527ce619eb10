import { injectAllSignals } from "@/lib/analytics/signals/inject-all-signals";
import { runCron } from "./run-cron";
import type { OrchestratorDeps } from "./types";

/** The scheduled publishing job, shared by the cron route and the built-in scheduler. */
export async function runPublishJob(deps: OrchestratorDeps, opts: { catchupDays: number }) {
  // Yesterday's results and today's news reach today's posts before anything is sent.
  const signals = await injectAllSignals({ db: deps.db, now: deps.clock() });
  const result = await runCron(deps, opts);
  return { run_id: result.run_id, counts: result.counts, complete: result.complete, signals };
}
