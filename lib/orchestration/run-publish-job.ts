import { runCron } from "./run-cron";
import type { OrchestratorDeps } from "./types";

/**
 * The scheduled publishing job, shared by the cron route and the built-in scheduler. It only publishes:
 * the signals step (yesterday's results, today's news) is its own job (`signals`, every 15 minutes), so
 * visiting every brand never lengthens the minute in which posts go out.
 */
export async function runPublishJob(deps: OrchestratorDeps, opts: { catchupDays: number }) {
  const result = await runCron(deps, opts);
  return { run_id: result.run_id, counts: result.counts, complete: result.complete };
}
