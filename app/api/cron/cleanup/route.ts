import { getEnv } from "@/lib/env";
import { json, withCron } from "@/lib/http";
import { cleanupOld } from "@/lib/analytics/cleanup";
import { purgeArchived } from "@/lib/brands/purge-archived";

export const dynamic = "force-dynamic";

export const GET = withCron(async ({ db, now }) => {
  const result = await cleanupOld({ db, now, retentionDays: getEnv().RETENTION_DAYS });
  return json({ ...result, archived_removed: await purgeArchived({ db, now }) });
});
