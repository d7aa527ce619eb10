import { getEnv } from "@/lib/env";
import { json, withCron } from "@/lib/http";
import { cleanupOld } from "@/lib/analytics/cleanup";

export const dynamic = "force-dynamic";

export const GET = withCron(async ({ db, now }) =>
  json(await cleanupOld({ db, now, retentionDays: getEnv().RETENTION_DAYS })),
);
