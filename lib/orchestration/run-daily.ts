import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import { brandsInScope } from "@/lib/brands/brands-in-scope";
import type { Locale } from "@/lib/i18n/locales";
import { ensureLedgerRows } from "./ensure-ledger-rows";
import { dryRunScope } from "./dry-run";
import { notDue } from "./not-due";
import { publishScope } from "./publish-scope";
import { countResults, finishRun, prepareRun, startRun, underRunLease } from "./run-record";
import { addDays } from "@/lib/dates/days";
import { brandToday } from "@/lib/dates/zoned";
import { slotResults } from "./slot-results";
import type { OrchestratorDeps, PostNetwork, RunScope } from "./types";
import { msg } from "@/lib/i18n/render-text";

interface DailyRunInput {
  workspaceId: string;
  executeDate: string;
  dryRun: boolean;
  platforms?: PostNetwork[];
  brandSlug?: string;
  triggeredBy: string;
  catchupDays: number;
  /** publish posts whose time has not come yet: only on an explicit "Publish early" */
  includeFuture?: boolean;
  /** only these posts (the list "Publish early" showed) */
  postIds?: string[];
  /** who asked, for the activity log */
  actor?: Actor;
  /** the reader's language, for a dry run's step labels and problems */
  locale?: Locale;
}

/**
 * The manual run ("Run now"): publishes one day's approved posts whose time has come. Posts scheduled
 * later are listed as `not_due` and only go out early with `includeFuture`, a person's explicit choice.
 */
export async function runDaily(deps: OrchestratorDeps, input: DailyRunInput) {
  const { db } = deps;
  const now = deps.clock();
  const brands = await brandsInScope(db, input.workspaceId, input.brandSlug);
  const todays = brands.map((b) => brandToday(now, b.timezone));
  if (todays.length) {
    const latest = todays.reduce((a, b) => (a > b ? a : b));
    const earliest = todays.reduce((a, b) => (a < b ? a : b));
    if (!input.dryRun && input.executeDate > latest) {
      throw new AppError("validation_error", msg("errors.runs.future", { date: input.executeDate }), [
        { path: "execute_date", message: msg("errors.detail.onOrBefore", { date: latest }) },
      ]);
    }
    const oldest = addDays(earliest, -input.catchupDays);
    if (!input.dryRun && input.executeDate < oldest) {
      throw new AppError(
        "validation_error",
        msg("errors.runs.tooOld", { date: input.executeDate, days: input.catchupDays }),
        [{ path: "execute_date", message: msg("errors.detail.onOrAfter", { date: oldest }) }],
      );
    }
  }
  const scope: RunScope = {
    workspaceId: input.workspaceId,
    brandIds: brands.map((b) => b.id),
    platforms: input.platforms,
    postIds: input.postIds,
    date: input.executeDate,
    dueOnly: !input.includeFuture,
    catchupDays: input.catchupDays,
  };
  const early = input.includeFuture && !input.dryRun ? await notDue(db, { ...scope, dueOnly: false }, now) : [];
  const lease = await prepareRun(deps);
  // The run and the person's decision to run it (and to publish early) are recorded together.
  const run = await db.$transaction(async (tx) => {
    const started = await startRun(tx, {
      workspaceId: input.workspaceId,
      trigger: "manual",
      triggeredBy: input.triggeredBy,
      date: input.executeDate,
      dryRun: input.dryRun,
      now,
      lease,
    });
    if (input.actor && !input.dryRun)
      await recordEvent(tx, input.actor, {
        action: input.includeFuture ? "run.publish_early" : "run.manual",
        entityType: "run",
        entityId: started.id,
        data: { date: input.executeDate, early_posts: early.map((p) => p.post_id) },
      });
    return started;
  });
  return underRunLease(deps, run.id, lease, (leased) =>
    finishDaily(leased, input, scope, { runId: run.id, now, anyBrand: brands.length > 0 }),
  );
}

async function finishDaily(
  deps: OrchestratorDeps,
  input: DailyRunInput,
  scope: RunScope,
  { runId, now, anyBrand }: { runId: string; now: Date; anyBrand: boolean },
) {
  const { db } = deps;
  // Posts whose time has not come are left out unless asked for, by a dry run too: both list them.
  const waitingFor = async () => (input.includeFuture || !anyBrand ? [] : await notDue(db, scope, now));
  if (input.dryRun) {
    const payloads = await dryRunScope(deps, scope, input.locale);
    const counts = countResults(payloads);
    await finishRun(db, runId, payloads, counts, deps.clock());
    const not_due = await waitingFor();
    return { run_id: runId, date: input.executeDate, dry_run: true as const, counts, results: payloads, not_due };
  }
  if (anyBrand) await ensureLedgerRows(db, scope, now);
  const touched = anyBrand ? await publishScope(deps, scope, runId) : [];
  const counts = countResults(touched);
  await finishRun(db, runId, touched, counts, deps.clock());
  const results = await slotResults(db, {
    workspaceId: input.workspaceId,
    date: input.executeDate,
    brandIds: scope.brandIds,
    platforms: input.platforms,
  });
  return {
    run_id: runId,
    date: input.executeDate,
    dry_run: false as const,
    counts,
    results,
    not_due: await waitingFor(),
  };
}
