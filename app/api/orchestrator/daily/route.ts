import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { json, readerLocale, readJson, withAuth, type JsonOf } from "@/lib/http";
import { orchestratorDeps } from "@/lib/wiring/orchestration-deps";
import { runDaily } from "@/lib/orchestration/run-daily";
import { dailyRunSchema } from "@/lib/schemas/orchestrator";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { msg } from "@/lib/i18n/render-text";

export type DailyRunResponse = JsonOf<typeof runDaily>;

export const maxDuration = 60;

export const POST = withAuth(async ({ req, db, auth }) => {
  const body = await readJson(req, dailyRunSchema);
  // A dry run sends nothing, so viewers may preview; publishing needs an editor.
  if (!body.dry_run && !roleAtLeast(auth.role, "editor"))
    throw new AppError("forbidden", msg("errors.runs.needsEditor", { role: auth.role }));
  const result = await runDaily(orchestratorDeps(db, { deadlineMs: getEnv().RUN_DEADLINE_MS }), {
    workspaceId: auth.workspaceId,
    executeDate: body.execute_date,
    dryRun: body.dry_run,
    platforms: body.platforms,
    brandSlug: body.brand,
    triggeredBy: auth.actor.label,
    includeFuture: body.include_future,
    postIds: body.post_ids,
    actor: body.dry_run ? undefined : auth.actor,
    catchupDays: getEnv().CATCHUP_DAYS,
    locale: body.dry_run ? await readerLocale(req, db, auth.userId) : undefined,
  });
  return json(result);
});
