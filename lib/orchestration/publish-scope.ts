import { randomUUID } from "node:crypto";
import { announceOutcomes } from "./announce-outcomes";
import { type Claim, claimPublications } from "./claim-publications";
import { expectedClaims } from "./expected-claims";
import { finishQueue } from "./fenced-write";
import { keepLeases } from "./keep-leases";
import { processClaim } from "./process-claim";
import { DEFAULT_LEASE_MS } from "./run-record";
import { sendingGate } from "./sending-gate";
import type { OrchestratorDeps, RunScope, SlotResult } from "./types";

const NO_EMAIL = { emailEnabled: false, appUrl: "" };

/**
 * Rows per claim (and per `sending` mark). Each statement costs the database more than the rows in it, so
 * larger claims publish faster at the same number of sends in flight (workers = concurrency / batch): in
 * the bench, 32 published about a quarter more posts per second than 8, and 64 no more than 32.
 */
const CLAIM_BATCH = 32;

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
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  // A post retried within the run (a retry fell due, or a lease was taken over) is claimed more than once:
  // the run reports it once, by its latest attempt, so its counts are posts and not attempts.
  const results = new Map<string, { attempt: number; result: SlotResult }>();
  const keep = (claim: Claim, result: SlotResult) => {
    const kept = results.get(claim.id);
    if (!kept || kept.attempt < claim.attempt) results.set(claim.id, { attempt: claim.attempt, result });
  };
  const batch = Math.min(CLAIM_BATCH, concurrency);
  const finish = finishQueue(deps.db);
  const listed = expectedClaims(deps.db, scope, { batch, workerId, leaseMs, clock: deps.clock });
  await listed.load();
  // Once the list is done, one worker at a time searches the ledger (a search reads the whole day) and
  // picks up whatever the list missed (a lease that expired meanwhile); when it finds nothing, all stop.
  let searching: Promise<unknown> | null = null;
  let exhausted = false;
  const nextBatch = async (): Promise<Claim[]> => {
    for (;;) {
      const now = deps.clock();
      if (deps.deadline && now >= deps.deadline) return [];
      const claims = await listed.claim(now);
      if (claims.length || exhausted) return claims;
      if (searching) {
        await searching;
        continue;
      }
      const claiming = claimPublications(deps.db, scope, { now, limit: batch, workerId, leaseMs });
      searching = claiming.finally(() => (searching = null));
      const found = await claiming;
      if (found.length === 0) exhausted = true;
      return found;
    }
  };
  const worker = async () => {
    for (let claims = await nextBatch(); claims.length; claims = await nextBatch()) {
      const gate = sendingGate(deps.db, claims.length, deps.clock);
      const release = keepLeases(deps.db, claims, { leaseMs, clock: deps.clock });
      try {
        await Promise.all(claims.map(async (c) => keep(c, await processClaim(deps, c, runId, gate, finish))));
      } finally {
        release();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.ceil(concurrency / batch) }, worker));
  try {
    await announceOutcomes({ db: deps.db, notify: deps.notify ?? NO_EMAIL, now: deps.clock() });
  } catch (err) {
    // The ledger is written; its events wait for the next run's announcement.
    console.error("[publish] announcing outcomes failed; the next run retries", err);
  }
  return [...results.values()].map((r) => r.result);
}
