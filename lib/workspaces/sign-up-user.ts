import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { slugify } from "./slugify";

/** Sign-up creates the user and a workspace they own. */
export async function signUpUser({
  db,
  email,
  name,
  password,
  workspaceName,
}: {
  db: Db;
  email: string;
  name: string;
  password: string;
  workspaceName?: string;
}) {
  const normalized = email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email: normalized } });
  if (existing)
    throw new AppError("conflict", "An account with this email already exists.", [
      { path: "email", message: "already registered" },
    ]);
  const passwordHash = await bcrypt.hash(password, 10);
  const wsName = workspaceName?.trim() || `${name.trim()}'s workspace`;
  const slug = await uniqueWorkspaceSlug(db, slugify(wsName));
  return db.user.create({
    data: {
      email: normalized,
      name: name.trim(),
      passwordHash,
      memberships: { create: { role: "owner", workspace: { create: { name: wsName, slug } } } },
    },
    include: { memberships: { include: { workspace: true } } },
  });
}

async function uniqueWorkspaceSlug(db: Db, base: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const slug = i === 0 ? base : `${base}-${i + 1}`;
    if (!(await db.workspace.findUnique({ where: { slug } }))) return slug;
  }
  return `${base}-${Date.now().toString(36)}`;
}
