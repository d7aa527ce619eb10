import { type Db, sqlPool } from "@/lib/db";
import { SESSION_MAX_AGE_MS } from "./start-session";

const DAY_MS = 86_400_000;

/**
 * Whether a session cookie's row still exists for that user. Signing out, "sign out everywhere" and a
 * password change delete rows, so a copied or stolen cookie stops working at once. Like the cookie,
 * the row's expiry slides forward (at most once a day) while it is used.
 */
export async function checkSession({
  db,
  userId,
  sessionId,
  now,
}: {
  db: Db;
  userId: string;
  sessionId: string;
  now: Date;
}): Promise<boolean> {
  // Every signed-in request asks this, so it skips the ORM's per-query compile.
  const { rows } = await sqlPool(db).query<{ userId: string; expiresAt: Date }>(
    `SELECT "userId", "expiresAt" FROM "UserSession" WHERE id = $1`,
    [sessionId],
  );
  const row = rows[0];
  if (!row || row.userId !== userId || row.expiresAt <= now) return false;
  if (row.expiresAt.getTime() - now.getTime() < SESSION_MAX_AGE_MS - DAY_MS)
    await db.userSession.updateMany({
      where: { id: sessionId },
      data: { expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS) },
    });
  return true;
}
