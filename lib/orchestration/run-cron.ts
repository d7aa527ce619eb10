import { ensureLedgerRows } from "./ensure-ledger-rows";
import { markMissed } from "./mark-missed";
import { publishScope } from "./publish-scope";
import { countResults, finishRun, startRun } from "./run-record";
import type { OrchestratorDeps, RunScope } from "./types";

/**
 * The scheduled run: every brand, in its own timezone, publishes the approved posts whose time has
 * passed, inside the catch-up window; older ones become missed and stay visible.
 */
export async function runCron(deps: OrchestratorDeps, opts: { catchupDays: number }) {
  const now = deps.clock();
  const scope: RunScope = { dueOnly: true, catchupDays: opts.catchupDays };
  const run = await startRun(deps.db, {
    workspaceId: null,
    trigger: "cron",
    triggeredBy: "cron",
    date: null,
    dryRun: false,
    now,
  });
  const missed = await markMissed(deps.db, scope, now);
  await ensureLedgerRows(deps.db, scope, now);
  const touched = await publishScope(deps, scope, run.id);
  const counts = { ...countResults(touched), missed };
  await finishRun(deps.db, run.id, touched, counts, deps.clock());
  const deadlineHit = !!deps.deadline && deps.clock() >= deps.deadline;
  return { run_id: run.id, counts, results: touched, complete: !deadlineHit };
}
