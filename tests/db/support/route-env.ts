import { randomBytes } from "node:crypto";
import { getTestDb } from "../../setup/db";
import { TEST_SECRET } from "./call-route";

/** Points the app's own getDb() and env at this worker's database, so route handlers run for real. */
export async function useRouteEnv(extra: Record<string, string> = {}) {
  const { db, url } = await getTestDb();
  Object.assign(process.env, {
    DATABASE_URL: url,
    NEXTAUTH_SECRET: TEST_SECRET,
    APP_ENCRYPTION_KEY: process.env.APP_ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
    CRON_SECRET: "test-cron-secret-0123456789",
    ...extra,
  });
  return db;
}
