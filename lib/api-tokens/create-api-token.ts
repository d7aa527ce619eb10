import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { hashApiToken, newApiTokenSecret } from "./token-hash";

/**
 * Returns the secret once; only its hash is stored. A person's (or a token's) request records the event in
 * the same transaction; the CLI and seeds, run by whoever holds the server, have no actor.
 */
export async function createApiToken({
  db,
  workspaceId,
  name,
  role,
  actor,
  maker = actor?.userId ?? null,
}: {
  db: Db;
  workspaceId: string;
  name: string;
  role: Role;
  actor?: Actor;
  /**
   * The member the token acts for: its role caps the token's, and removing them revokes it. A token made
   * by a token acts for that token's member, so it cannot outlive them.
   */
  maker?: string | null;
}) {
  const secret = newApiTokenSecret();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        workspaceId,
        name,
        role,
        tokenHash: hashApiToken(secret),
        prefix: secret.slice(0, 10),
        createdById: maker,
      },
    });
    if (actor)
      await recordEvent(tx, actor, {
        action: "token.create",
        entityType: "api_token",
        entityId: created.id,
        data: { role: created.role },
      });
    return created;
  });
  return { id: row.id, name: row.name, role: row.role, prefix: row.prefix, created_at: row.createdAt, token: secret };
}
