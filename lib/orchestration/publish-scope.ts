import { randomUUID } from "node:crypto";
import { announceOutcomes } from "./announce-outcomes";
import { claimableIds, claimPublications } from "./claim-publications";
import { finishQueue } from "./fenced-write";
import { processClaim } from "./process-claim";
import { sendingGate } from "./sending-gate";
import type { OrchestratorDeps, RunScope, SlotResult } from "./types";

const NO_EMAIL = { emailEnabled: false, appUrl: "" };

/**
 * A bounded pool of workers that each claim a few rows at a time until nothing is left or the deadline
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
  // Each instance walks the expected rows in its own random order, so instances rarely reach for the
  // same row; then a searching claim picks up whatever the list missed (a lease that expired meanwhile).
  const expected = shuffle(await claimableIds(deps.db, scope, deps.clock()));
  // Once the list is done, one worker at a time searches the ledger (a search reads the whole day):
  // when a search finds nothing, every worker stops.
  let searching: Promise<unknown> | null = null;
  let exhausted = false;
  const worker = async () => {
    for (;;) {
      const now = deps.clock();
      if (deps.deadline && now >= deps.deadline) return;
      const ids = expected.length ? expected.splice(-batch) : undefined;
      if (!ids && exhausted) return;
      if (!ids && searching) {
        await searching;
        continue;
      }
      const claiming = claimPublications(deps.db, scope, { now, limit: batch, workerId, leaseMs, ids });
      if (!ids) searching = claiming.finally(() => (searching = null));
      const claims = await claiming;
      if (claims.length === 0 && !ids) exhausted = true;
      if (claims.length === 0) continue;
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

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
