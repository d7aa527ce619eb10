import { ensureLedgerRows } from "./ensure-ledger-rows";
import { markMissed } from "./mark-missed";
import { publishScope } from "./publish-scope";
import { countResults, finishRun, prepareRun, startRun, underRunLease } from "./run-record";
import type { OrchestratorDeps, RunScope, SlotResult } from "./types";

interface BrandFailure {
  status: "brand_failed";
  brand_id: string;
  brand: string;
  workspace_id: string;
  error: { class: "brand"; message: string };
}

async function processScope(deps: OrchestratorDeps, scope: RunScope, runId: string, now: Date) {
  const missed = await markMissed(deps.db, scope, now);
  await ensureLedgerRows(deps.db, scope, now);
  return { missed, touched: await publishScope(deps, scope, runId) };
}

/**
 * The scheduled run: every brand, in its own timezone, publishes the approved posts whose time has
 * passed, inside the catch-up window; older ones become missed and stay visible.
 */
export async function runCron(deps: OrchestratorDeps, opts: { catchupDays: number }) {
  const now = deps.clock();
  const scope: RunScope = { dueOnly: true, catchupDays: opts.catchupDays };
  const lease = await prepareRun(deps);
  const run = await startRun(deps.db, {
    workspaceId: null,
    trigger: "cron",
    triggeredBy: "cron",
    date: null,
    dryRun: false,
    now,
    lease,
  });
  return underRunLease(deps, run.id, lease, (leased) => publishAll(leased, scope, run.id, now));
}

async function publishAll(deps: OrchestratorDeps, scope: RunScope, runId: string, now: Date) {
  let missed = 0;
  let touched: SlotResult[] = [];
  const failures: BrandFailure[] = [];
  try {
    ({ missed, touched } = await processScope(deps, scope, runId, now));
  } catch (err) {
    // One brand's bad data must not stop every tenant's publishing: redo the work brand by brand and
    // record the ones that fail. The ledger's claims keep each post exactly-once across the retry.
    console.error(`[cron ${runId}] whole-run step failed, isolating brands`, err);
    const brands = await deps.db.brand.findMany({
      where: { archivedAt: null },
      select: { id: true, slug: true, workspaceId: true },
    });
    for (const b of brands) {
      try {
        const part = await processScope(deps, { ...scope, brandIds: [b.id] }, runId, now);
        missed += part.missed;
        touched = touched.concat(part.touched);
      } catch (brandErr) {
        const message = brandErr instanceof Error ? brandErr.message : String(brandErr);
        failures.push({
          status: "brand_failed",
          brand_id: b.id,
          brand: b.slug,
          workspace_id: b.workspaceId,
          error: { class: "brand", message: message.slice(0, 500) },
        });
      }
    }
  }
  const counts = { ...countResults(touched), missed, ...(failures.length ? { brand_failed: failures.length } : {}) };
  await finishRun(deps.db, runId, [...touched, ...failures], counts, deps.clock());
  const deadlineHit = !!deps.deadline && deps.clock() >= deps.deadline;
  return { run_id: runId, counts, results: touched, failures, complete: !deadlineHit };
}
