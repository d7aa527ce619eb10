import { randomUUID } from "node:crypto";
import { announceOutcomes } from "./announce-outcomes";
import { claimPublications } from "./claim-publications";
import { finishQueue } from "./fenced-write";
import { processClaim } from "./process-claim";
import { sendingGate } from "./sending-gate";
import type { OrchestratorDeps, RunScope, SlotResult } from "./types";

const NO_EMAIL = { emailEnabled: false, appUrl: "" };

/**
 * A bounded pool of workers that each claim one row at a time until nothing is left or the deadline
 * passes. Any number of these can run at once, in one process or many: the ledger keeps them apart.
 * Then the final outcomes are announced (notifications and webhooks), this run's and any left over.
 */
export async function publishScope(
  deps: OrchestratorDeps,
  scope: RunScope,
  runId: string | null,
): Promise<SlotResult[]> {
  const workerId = deps.workerId ?? randomUUID();
  const concurrency = Math.max(1, deps.concurrency ?? 8);
  const leaseMs = deps.leaseMs ?? 60_000;
  const results: SlotResult[] = [];
  // Claiming a few rows per query keeps the ledger's round trips well below one per post.
  const batch = Math.min(8, concurrency);
  const finish = finishQueue(deps.db);
  const worker = async () => {
    for (;;) {
      const now = deps.clock();
      if (deps.deadline && now >= deps.deadline) return;
      const claims = await claimPublications(deps.db, scope, { now, limit: batch, workerId, leaseMs });
      if (claims.length === 0) return;
      const gate = sendingGate(deps.db, claims.length, deps.clock);
      results.push(...(await Promise.all(claims.map((c) => processClaim(deps, c, runId, gate, finish)))));
    }
  };
  await Promise.all(Array.from({ length: Math.ceil(concurrency / batch) }, worker));
  try {
    await announceOutcomes({ db: deps.db, notify: deps.notify ?? NO_EMAIL, now: deps.clock() });
  } catch (err) {
    // The ledger is written; its events wait for the next run's announcement.
    console.error("[publish] announcing outcomes failed; the next run retries", err);
  }
  return results;
}
