import { AppError } from "@/lib/errors";
import { brandsInScope } from "@/lib/brands/brands-in-scope";
import { networkName } from "@/lib/strategy/network-names";
import { publishScope } from "./publish-scope";
import { countResults, finishRun, prepareRun, startRun, underRunLease } from "./run-record";
import { slotResults } from "./slot-results";
import type { OrchestratorDeps, PostNetwork, RunScope } from "./types";
import { DEFAULT_BACKOFF } from "@/lib/networks/backoff";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { msg } from "@/lib/i18n/render-text";

interface RetryInput {
  workspaceId: string;
  date: string;
  platform: PostNetwork;
  brandSlug?: string;
  triggeredBy: string;
  catchupDays: number;
  /** who asked, for the activity log */
  actor: Actor;
}

/** Re-drives one day's failed and unknown rows for a network; unknown rows are reconciled before any send. */
export async function retrySlot(deps: OrchestratorDeps, input: RetryInput) {
  const { db } = deps;
  const now = deps.clock();
  const brands = await brandsInScope(db, input.workspaceId, input.brandSlug);
  const where = {
    date: new Date(`${input.date}T00:00:00Z`),
    platform: input.platform,
    brandId: { in: brands.map((b) => b.id) },
    state: { in: ["failed" as const, "unknown" as const] },
  };
  const rows = await db.publication.findMany({ where, select: { id: true, failureClass: true, brandId: true } });
  if (rows.length === 0) {
    throw new AppError(
      "not_found",
      msg("errors.runs.nothingToRetry", { platform: networkName(input.platform), date: input.date }),
    );
  }
  const blocked = rows.filter((r) => r.failureClass === "needs_reconnect");
  for (const row of blocked) {
    const channel = await deps.channels(row.brandId, input.platform);
    if (channel.blocked)
      throw new AppError("needs_reconnect", channel.blocked, {
        brand: brands.find((b) => b.id === row.brandId)?.slug,
        platform: input.platform,
      });
  }
  const scope: RunScope = {
    workspaceId: input.workspaceId,
    brandIds: [...new Set(rows.map((r) => r.brandId))],
    platforms: [input.platform],
    date: input.date,
    dueOnly: false,
    catchupDays: input.catchupDays,
  };
  const lease = await prepareRun(deps);
  // The rows made retryable, the run and its activity-log event are written together.
  const run = await db.$transaction(async (tx) => {
    // Failed rows become retryable now; the claim then reconciles them first, so a send that did land is found, not repeated.
    await tx.publication.updateMany({
      where: { ...where, state: "failed" },
      data: { failureClass: "retryable", nextAttemptAt: now },
    });
    await tx.publication.updateMany({ where: { ...where, state: "unknown" }, data: { nextAttemptAt: now } });
    const started = await startRun(tx, {
      workspaceId: input.workspaceId,
      trigger: "retry",
      triggeredBy: input.triggeredBy,
      date: input.date,
      dryRun: false,
      now,
      lease,
    });
    await recordEvent(tx, input.actor, {
      action: "run.retry",
      entityType: "run",
      entityId: started.id,
      data: { date: input.date, platform: input.platform, posts: rows.length },
    });
    return started;
  });
  const maxAttempts = Math.max(deps.maxAttempts ?? DEFAULT_BACKOFF.maxAttempts, 1_000);
  const counts = await underRunLease(deps, run.id, lease, async (leased) => {
    const touched = await publishScope({ ...leased, maxAttempts }, scope, run.id);
    const counted = countResults(touched);
    await finishRun(db, run.id, touched, counted, deps.clock());
    return counted;
  });
  return {
    run_id: run.id,
    date: input.date,
    platform: input.platform,
    counts,
    results: await slotResults(db, {
      workspaceId: input.workspaceId,
      date: input.date,
      brandIds: scope.brandIds,
      platforms: [input.platform],
    }),
  };
}
