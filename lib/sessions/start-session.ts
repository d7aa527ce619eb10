import type { Db } from "@/lib/db";

/** As long as next-auth's cookie lives; both slide forward while the person keeps using the app. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_MAX_AGE_MS = SESSION_MAX_AGE_SECONDS * 1000;

/** One row per sign-in: the cookie carries its id, so the server can end that browser's session. */
export function startSession({ db, userId, now }: { db: Db; userId: string; now: Date }) {
  return db.userSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS) },
    select: { id: true },
  });
}
