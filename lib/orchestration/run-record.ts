import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RunTrigger } from "@/lib/generated/prisma/enums";
import type { SlotResult } from "./types";

export function startRun(
  db: Pick<Db, "orchestratorRun">,
  run: {
    workspaceId: string | null;
    trigger: RunTrigger;
    triggeredBy: string | null;
    date: string | null;
    dryRun: boolean;
    now: Date;
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
    },
  });
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
    data: { status: "finished", finishedAt: now, counts, results: results as Prisma.InputJsonValue },
  });
}
