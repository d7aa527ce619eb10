import { json, withCron } from "@/lib/http";
import { runScheduledJob } from "@/lib/wiring/scheduler-deps";

export const dynamic = "force-dynamic";

export const GET = withCron(async ({ db, now }) =>
  json(await runScheduledJob(db, "retention", { at: now, source: "cron" })),
);
