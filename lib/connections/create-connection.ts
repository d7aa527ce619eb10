import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { encryptSecret, type KeyRing } from "@/lib/crypto/secret-box";
import type { CreateConnectionInput } from "@/lib/schemas/orchestrator";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { recordEvent, type Actor } from "@/lib/audit/record-event";
import { connectionDto } from "./connection-dto";
import { AppError } from "@/lib/errors";
import { OAuthError, type OAuthClient } from "@/lib/networks/oauth/oauth-client";
import { saveVerifiedConnection } from "./save-verified-connection";
import { msg } from "@/lib/i18n/render-text";

/**
 * A pasted token (the scripts' path). Real networks' tokens are checked at the network's identity
 * endpoint first: a token it refuses is a 422 with its message and is never stored as connected.
 * Connecting a network again replaces the old tokens; tokens never leave the server unencrypted.
 */
export async function createConnection({
  db,
  actor,
  ref,
  input,
  keyRing,
  identityClient,
  now,
}: {
  db: Db;
  actor: Actor;
  ref: string;
  input: CreateConnectionInput;
  keyRing: KeyRing;
  /** the network's identity check; null only for the sandbox */
  identityClient: OAuthClient | null;
  now: Date;
}) {
  const brand = await resolveBrand({ db, workspaceId: actor.workspaceId, ref });
  if (input.platform !== "sandbox") {
    if (!identityClient) throw new Error(`No identity client for ${input.platform}`);
    let identity;
    try {
      identity = await identityClient.verify({ accessToken: input.access_token, accountId: input.account_id });
    } catch (err) {
      if (!(err instanceof OAuthError)) throw err;
      throw new AppError(
        "validation_error",
        err.kind === "unreachable" ? msg("errors.connections.uncheckable", { reason: err.message }) : err.message,
        [{ path: "access_token", message: err.message }],
      );
    }
    const conn = await saveVerifiedConnection({
      db,
      actor,
      brandId: brand.id,
      platform: input.platform,
      identity,
      tokens: {
        accessToken: input.access_token,
        refreshToken: input.refresh_token ?? null,
        expiresAt: input.expires_at ? new Date(input.expires_at) : null,
      },
      keyRing,
      now,
      via: "token",
    });
    return connectionDto(conn, now);
  }
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
  const conn = await db.$transaction(async (tx) => {
    const saved = existing
      ? await tx.channelConnection.update({ where: { id }, data })
      : await tx.channelConnection.create({ data: { id, brandId: brand.id, platform: input.platform, ...data } });
    await recordEvent(tx, actor, {
      action: existing && !existing.archivedAt ? "connection.replace" : "connection.create",
      entityType: "connection",
      entityId: id,
      data: { platform: input.platform },
    });
    return saved;
  });
  return connectionDto(conn);
}
