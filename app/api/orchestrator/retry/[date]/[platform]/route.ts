import { getEnv } from "@/lib/env";
import { json, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { orchestratorDeps } from "@/lib/wiring/orchestration-deps";
import { retrySlot } from "@/lib/orchestration/retry-slot";
import { retryParams, retryQuery } from "@/lib/schemas/orchestrator";
import { parseWith } from "@/lib/validate";

export type RetrySlotResponse = JsonOf<typeof retrySlot>;

export const maxDuration = 60;

export const POST = withAuth<{ date: string; platform: string }>(
  async ({ req, db, auth, params }) => {
    const { date, platform } = parseWith(retryParams, params, "The date or platform is invalid.");
    const { brand } = readQuery(req, retryQuery);
    const result = await retrySlot(orchestratorDeps(db, { deadlineMs: getEnv().RUN_DEADLINE_MS }), {
      workspaceId: auth.workspaceId,
      date,
      platform,
      brandSlug: brand,
      triggeredBy: auth.actor.label,
      actor: auth.actor,
      catchupDays: getEnv().CATCHUP_DAYS,
    });
    return json(result);
  },
  { role: "editor" },
);
