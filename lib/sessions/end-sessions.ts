import type { Db } from "@/lib/db";

type Tx = Pick<Db, "userSession">;

/** Sign-out: this browser's session ends on the server, not only its cookie. */
export async function endSession({ db, sessionId }: { db: Tx; sessionId: string }) {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** "Sign out everywhere" (no `except`) or a password change (`except` the browser that made it). */
export async function endUserSessions({ db, userId, except }: { db: Tx; userId: string; except?: string }) {
  const { count } = await db.userSession.deleteMany({
    where: { userId, ...(except ? { id: { not: except } } : {}) },
  });
  return { ended: count };
}

/** Expired rows are worthless; the retention job drops them. */
export async function purgeExpiredSessions({ db, now }: { db: Tx; now: Date }) {
  const { count } = await db.userSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
