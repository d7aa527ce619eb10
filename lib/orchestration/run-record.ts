import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RunTrigger } from "@/lib/generated/prisma/enums";
import { closeAbandoned } from "./close-abandoned-runs";
import type { OrchestratorDeps, SlotResult } from "./types";

export const DEFAULT_LEASE_MS = 60_000;

/**
 * What a run does before it starts: close the runs that died, and name the one lease owner of its claims,
 * recorded on the run, so the rows it may leave behind can be found (close-abandoned-runs.ts).
 */
export async function prepareRun(deps: Pick<OrchestratorDeps, "db" | "clock" | "workerId" | "leaseMs">) {
  await closeAbandoned(deps.db, deps.clock());
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
    /** the lease owner of the run's claims and how long the run's own lease lasts (underRunLease renews it) */
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
 * Runs a run's work under its own lease, renewed while its process lives, as keepLeases does for its rows:
 * a run whose lease ran out can no longer be alive, and the next run closes it as abandoned. Between
 * batches, or while it writes the ledger's rows, a run holds no row lease; this one covers that.
 */
export async function underRunLease<T>(
  deps: OrchestratorDeps,
  runId: string,
  lease: { owner: string; ms: number },
  work: (deps: OrchestratorDeps) => Promise<T>,
): Promise<T> {
  const renew = () =>
    deps.db.orchestratorRun
      .updateMany({
        where: { id: runId, status: "running" },
        data: { leaseUntil: new Date(deps.clock().getTime() + lease.ms) },
      })
      .catch((err: unknown) =>
        console.error("[run] renewing the run's lease failed; the next renewal tries again", err),
      );
  const timer = setInterval(() => void renew(), Math.max(500, Math.floor(lease.ms / 3)));
  timer.unref?.();
  try {
    return await work({ ...deps, workerId: lease.owner });
  } finally {
    clearInterval(timer);
  }
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
