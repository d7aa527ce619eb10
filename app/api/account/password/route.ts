import { json, readJson, withSession } from "@/lib/http";
import { changePasswordSchema } from "@/lib/schemas/account";
import { changePassword } from "@/lib/workspaces/change-password";

export type PasswordChangedResponse = { changed: true; other_sessions_ended: number };

/** `{"current_password","new_password"}`; every other session of the person ends, this one stays. */
export const POST = withSession(async ({ req, db, userId, sessionId, now }) => {
  const input = await readJson(req, changePasswordSchema);
  const { ended } = await changePassword({
    db,
    userId,
    sessionId,
    currentPassword: input.current_password,
    newPassword: input.new_password,
    now,
  });
  return json({ changed: true, other_sessions_ended: ended });
});
