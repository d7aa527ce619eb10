import { json, withCron } from "@/lib/http";
import { runScheduledJob } from "@/lib/wiring/scheduler-deps";

export const maxDuration = 60;
export const dynamic = "force-dynamic";

export const GET = withCron(async ({ db, now }) =>
  json(await runScheduledJob(db, "signals", { at: now, source: "cron" })),
);
