import { randomUUID } from "node:crypto";
import { claimPublications } from "./claim-publications";
import { finishQueue } from "./fenced-write";
import { processClaim } from "./process-claim";
import { sendingGate } from "./sending-gate";
import type { OrchestratorDeps, RunScope, SlotResult } from "./types";

/**
 * A bounded pool of workers that each claim one row at a time until nothing is left or the deadline
 * passes. Any number of these can run at once, in one process or many: the ledger keeps them apart.
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
  return results;
}
