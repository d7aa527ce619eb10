import { json, withAuth } from "@/lib/http";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { recordEvent } from "@/lib/audit/record-event";

export type RevokedTokenResponse = { revoked: true };

export const DELETE = withAuth<{ id: string }>(
  async ({ db, auth, params, now }) => {
    await revokeApiToken({ db, workspaceId: auth.workspaceId, id: params.id, now });
    await recordEvent(db, auth.actor, { action: "token.revoke", entityType: "api_token", entityId: params.id });
    return json({ revoked: true });
  },
  { role: "owner" },
);
