import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findOpenInvite } from "./find-open-invite";
import { joinWorkspace } from "./accept-invite";
import { msg } from "@/lib/i18n/render-text";

/** A new person signs up through the invite: the account uses the invited address and joins only that workspace. */
export async function signUpWithInvite({
  db,
  token,
  name,
  password,
  now,
}: {
  db: Db;
  token: string;
  name: string;
  password: string;
  now: Date;
}) {
  const invite = await findOpenInvite(db, token, now);
  if (await db.user.findUnique({ where: { email: invite.email } })) {
    throw new AppError("conflict", msg("errors.team.accountExists", { email: invite.email }));
  }
  const passwordHash = await bcrypt.hash(password, 10);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: invite.email, name, passwordHash } });
    const joined = await joinWorkspace(tx, token, user.id, now);
    return { email: user.email, ...joined };
  });
}
