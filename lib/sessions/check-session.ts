import type { Db } from "@/lib/db";
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
  const row = await db.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, expiresAt: true } });
  if (!row || row.userId !== userId || row.expiresAt <= now) return false;
  if (row.expiresAt.getTime() - now.getTime() < SESSION_MAX_AGE_MS - DAY_MS)
    await db.userSession.updateMany({
      where: { id: sessionId },
      data: { expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS) },
    });
  return true;
}
