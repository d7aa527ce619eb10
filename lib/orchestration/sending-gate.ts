import type { Db } from "@/lib/db";
import type { Claim } from "./claim-publications";
import { LeaseLost, markBatchSending } from "./fenced-write";

export interface SendingGate {
  /** Resolves once this claim is durably `sending`; rejects with LeaseLost if another attempt owns it. */
  arrive(claim: Claim): Promise<void>;
  /** Called by a claim that finished without sending (reconciled, blocked, failed). */
  leave(): void;
}

/**
 * Lets a claimed batch mark all its rows `sending` in one statement: each claim either arrives before
 * its send or leaves, and the last one to do so flushes the waiting claims.
 */
export function sendingGate(db: Db, size: number, clock: () => Date): SendingGate {
  let remaining = size;
  let waiting: { claim: Claim; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    markBatchSending(
      db,
      batch.map((w) => w.claim),
      clock(),
    ).then(
      (owned) => batch.forEach((w) => (owned.has(w.claim.id) ? w.resolve() : w.reject(new LeaseLost(w.claim.id)))),
      (err) => batch.forEach((w) => w.reject(err)),
    );
  };
  const done = () => {
    remaining -= 1;
    if (remaining === 0) flush();
  };
  return {
    arrive: (claim) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ claim, resolve, reject });
        done();
      }),
    leave: done,
  };
}
