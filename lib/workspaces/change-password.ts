import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUnderRateLimit, hitRateLimit, RATE_RULES } from "@/lib/rate-limit/hit-rate-limit";
import { endUserSessions } from "@/lib/sessions/end-sessions";
import { msg } from "@/lib/i18n/render-text";

/**
 * Needs the current password (a borrowed, still signed-in browser must not take the account over), and
 * ends every other session of the person: whoever knew the old password is signed out everywhere else.
 */
export async function changePassword({
  db,
  userId,
  sessionId,
  currentPassword,
  newPassword,
  now,
}: {
  db: Db;
  userId: string;
  /** the browser making the change stays signed in */
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  now: Date;
}) {
  await assertUnderRateLimit(db, RATE_RULES.passwordChange, userId, now);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await bcrypt.compare(currentPassword, user.passwordHash))) {
    await hitRateLimit(db, RATE_RULES.passwordChange, userId, now);
    throw new AppError("validation_error", msg("errors.account.wrongPassword"), [
      { path: "current_password", message: msg("errors.detail.wrongPassword") },
    ]);
  }
  const passwordHash = await bcrypt.hash(newPassword, 10);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    return endUserSessions({ db: tx, userId, except: sessionId });
  });
}
