import type { Db } from "@/lib/db";

/** How the app names a person: their name, or their email when the account has none. */
export function displayName(u: { name: string | null; email: string }): string {
  return u.name?.trim() || u.email;
}

/**
 * The current names of these users, by id, for rows that stored who acted as an email (comments, the
 * activity log): read at display time so older rows and renamed members show the name too. Users
 * without a name are left out, so the caller keeps the stored label.
 */
export async function namesById(db: Pick<Db, "user">, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.filter((u) => u.name.trim()).map((u) => [u.id, u.name.trim()]));
}

/** The names of this workspace's members by email: notifications written before they named people by name. */
export async function namesByEmail(
  db: Pick<Db, "user">,
  workspaceId: string,
  emails: string[],
): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { email: { in: [...new Set(emails)] }, memberships: { some: { workspaceId } } },
    select: { email: true, name: true },
  });
  return new Map(users.filter((u) => u.name.trim()).map((u) => [u.email, u.name.trim()]));
}
