import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";

export async function verifyCredentials({ db, email, password }: { db: Db; email: string; password: string }) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) return null;
  const ok = await bcrypt.compare(password, user.passwordHash);
  return ok ? { id: user.id, email: user.email, name: user.name } : null;
}
