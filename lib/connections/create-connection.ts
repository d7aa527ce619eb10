import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { encryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import type { CreateConnectionInput } from "@/lib/schemas/orchestrator";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { connectionDto } from "./connection-dto";

/** Connecting a network again replaces the old tokens; tokens never leave the server unencrypted. */
export async function createConnection({
  db,
  actor,
  ref,
  input,
  keyRing,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  input: CreateConnectionInput;
  keyRing: KeyRing;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  const existing = await db.channelConnection.findUnique({
    where: { brandId_platform: { brandId: brand.id, platform: input.platform } },
  });
  const id = existing?.id ?? randomUUID();
  const data = {
    accountId: input.account_id,
    accessTokenEnc: encryptSecret(keyRing, input.access_token, id),
    refreshTokenEnc: input.refresh_token ? encryptSecret(keyRing, input.refresh_token, id) : null,
    keyVersion: keyRing.current.version,
    expiresAt: input.expires_at ? new Date(input.expires_at) : null,
    status: "active" as const,
    statusReason: null,
    // connecting again replaces an archived connection of the same network
    archivedAt: null,
  };
  const conn = existing
    ? await db.channelConnection.update({ where: { id }, data })
    : await db.channelConnection.create({ data: { id, brandId: brand.id, platform: input.platform, ...data } });
  await recordEvent(db, actor, {
    action: existing && !existing.archivedAt ? "connection.replace" : "connection.create",
    entityType: "connection",
    entityId: id,
    data: { platform: input.platform },
  });
  return connectionDto(conn);
}
