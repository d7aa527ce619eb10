import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { slugify } from "./slugify";
import { msg, renderText } from "@/lib/i18n/render-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Sign-up creates the user and a workspace they own. */
export async function signUpUser({
  db,
  email,
  name,
  password,
  workspaceName,
  locale = DEFAULT_LOCALE,
}: {
  db: Db;
  email: string;
  name: string;
  password: string;
  workspaceName?: string;
  /** the language the person signs up in, which names their first workspace */
  locale?: Locale;
}) {
  const normalized = email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email: normalized } });
  if (existing)
    throw new AppError("conflict", msg("errors.account.emailTaken"), [
      { path: "email", message: msg("errors.detail.alreadyRegistered") },
    ]);
  const passwordHash = await bcrypt.hash(password, 10);
  const wsName = workspaceName?.trim() || renderText(msg("account.defaultWorkspace", { name: name.trim() }), locale);
  // Concurrent sign-ups race between the checks and the insert: the unique indexes decide, and a taken
  // email is a 409 while a taken workspace slug just tries another one.
  for (let attempt = 0; ; attempt++) {
    const base = slugify(wsName);
    const slug = attempt === 0 ? await uniqueWorkspaceSlug(db, base) : `${base}-${randomBytes(3).toString("hex")}`;
    try {
      return await db.user.create({
        data: {
          email: normalized,
          name: name.trim(),
          passwordHash,
          memberships: { create: { role: "owner", workspace: { create: { name: wsName, slug } } } },
        },
        include: { memberships: { include: { workspace: true } } },
      });
    } catch (err) {
      const target = uniqueTarget(err);
      if (target === null) throw err;
      if (target.includes("email") || attempt >= 4)
        throw new AppError("conflict", msg("errors.account.emailTaken"), [
          { path: "email", message: msg("errors.detail.alreadyRegistered") },
        ]);
    }
  }
}

/** The columns of a unique violation (Prisma P2002), or null for any other error. */
function uniqueTarget(err: unknown): string | null {
  const e = err as { code?: string; meta?: unknown; message?: string };
  if (e?.code !== "P2002") return null;
  return JSON.stringify(e.meta ?? {}) + (e.message ?? "");
}

async function uniqueWorkspaceSlug(db: Db, base: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const slug = i === 0 ? base : `${base}-${i + 1}`;
    if (!(await db.workspace.findUnique({ where: { slug } }))) return slug;
  }
  return `${base}-${Date.now().toString(36)}`;
}
