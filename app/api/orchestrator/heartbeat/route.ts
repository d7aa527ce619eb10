import { getEnv } from "@/lib/env";
import { json, withAuth, type JsonOf } from "@/lib/http";
import { getHeartbeat } from "@/lib/scheduler/get-heartbeat";

export type HeartbeatResponse = JsonOf<typeof getHeartbeat> & { scheduler: "built-in" | "off" };

export const dynamic = "force-dynamic";

export const GET = withAuth(async ({ db, now, auth }) =>
  json({
    ...(await getHeartbeat({ db, now, catchupDays: getEnv().CATCHUP_DAYS, workspaceId: auth.workspaceId })),
    scheduler: getEnv().SCHEDULER === "off" ? "off" : "built-in",
  }),
);
