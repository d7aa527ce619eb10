import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RunTrigger } from "@/lib/generated/prisma/enums";
import type { OrchestratorDeps, SlotResult } from "./types";

export const DEFAULT_LEASE_MS = 60_000;

/**
 * One lease owner for the whole run, recorded on it: every publishScope call of the run claims its rows
 * under this name, so the rows a dead run left behind can be found (close-abandoned-runs.ts).
 */
export function runLease(deps: Pick<OrchestratorDeps, "workerId" | "leaseMs">) {
  return { owner: deps.workerId ?? randomUUID(), ms: deps.leaseMs ?? DEFAULT_LEASE_MS };
}

export function startRun(
  db: Pick<Db, "orchestratorRun">,
  run: {
    workspaceId: string | null;
    trigger: RunTrigger;
    triggeredBy: string | null;
    date: string | null;
    dryRun: boolean;
    now: Date;
    /** the lease owner of the run's claims and how long the run's own lease lasts (keepRunAlive renews it) */
    lease: { owner: string; ms: number };
  },
) {
  return db.orchestratorRun.create({
    data: {
      workspaceId: run.workspaceId,
      trigger: run.trigger,
      triggeredBy: run.triggeredBy,
      date: run.date ? new Date(`${run.date}T00:00:00Z`) : null,
      dryRun: run.dryRun,
      startedAt: run.now,
      leaseOwner: run.lease.owner,
      leaseUntil: new Date(run.now.getTime() + run.lease.ms),
    },
  });
}

/**
 * Renews the run's own lease while its process lives, like keepLeases does for its rows: a run whose
 * lease ran out can no longer be alive, and the next run closes it as abandoned (close-abandoned-runs.ts).
 * Between batches, or while it writes the ledger's rows, a run holds no row lease; this one covers that.
 */
export function keepRunAlive(db: Db, id: string, opts: { leaseMs: number; clock: () => Date }) {
  const renew = () =>
    db.orchestratorRun
      .updateMany({
        where: { id, status: "running" },
        data: { leaseUntil: new Date(opts.clock().getTime() + opts.leaseMs) },
      })
      .catch((err: unknown) =>
        console.error("[run] renewing the run's lease failed; the next renewal tries again", err),
      );
  const timer = setInterval(() => void renew(), Math.max(500, Math.floor(opts.leaseMs / 3)));
  timer.unref?.();
  return () => clearInterval(timer);
}

export function countResults(results: { status: string }[]): Record<string, number> {
  const counts: Record<string, number> = { total: results.length };
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

export function finishRun(
  db: Db,
  id: string,
  results: SlotResult[] | unknown[],
  counts: Record<string, number>,
  now: Date,
) {
  return db.orchestratorRun.update({
    where: { id },
    data: {
      status: "finished",
      finishedAt: now,
      leaseUntil: null,
      counts,
      results: results as Prisma.InputJsonValue,
    },
  });
}
