import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashApiToken, newApiTokenSecret } from "./token-hash";

/** Returns the secret once; only its hash is stored. */
export async function createApiToken({
  db,
  workspaceId,
  name,
  role,
  createdById,
}: {
  db: Db;
  workspaceId: string;
  name: string;
  role: Role;
  createdById?: string | null;
}) {
  const secret = newApiTokenSecret();
  const row = await db.apiToken.create({
    data: {
      workspaceId,
      name,
      role,
      tokenHash: hashApiToken(secret),
      prefix: secret.slice(0, 10),
      createdById: createdById ?? null,
    },
  });
  return { id: row.id, name: row.name, role: row.role, prefix: row.prefix, createdAt: row.createdAt, token: secret };
}
