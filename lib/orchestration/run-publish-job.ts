import { injectAllSignals } from "@/lib/analytics/signals/inject-all-signals";
import { runCron } from "./run-cron";
import type { OrchestratorDeps } from "./types";

/**
 * The scheduled publishing job, shared by the cron route and the built-in scheduler. Publishing comes
 * first: the signals step (yesterday's results, today's news) never changes an approved post's text, as
 * an approved post gets news as a suggestion, so a slow feed or a failing brand never holds up a send.
 */
export async function runPublishJob(deps: OrchestratorDeps, opts: { catchupDays: number }) {
  const result = await runCron(deps, opts);
  const signals = await injectAllSignals({ db: deps.db, now: deps.clock() }).catch((err: unknown) => {
    console.error("[signals] the step failed; the next publishing job tries again", err);
    return [{ error: err instanceof Error ? err.message : String(err) }];
  });
  return { run_id: result.run_id, counts: result.counts, complete: result.complete, signals };
}
