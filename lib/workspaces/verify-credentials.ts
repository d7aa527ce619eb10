import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";

// A real hash of a random password: an unknown email costs the same bcrypt work as a known one.
const DUMMY_HASH = "$2b$10$9o3QxWgthQnWx90CjaCqD.eEKfbmZS//uqdTPgAd7Y4RMayQQh.4.";

export async function verifyCredentials({ db, email, password }: { db: Db; email: string; password: string }) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  return user && ok ? { id: user.id, email: user.email, name: user.name } : null;
}
