import { json, withAuth, type JsonOf } from "@/lib/http";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";

export type RevokedTokenResponse = JsonOf<typeof revokeApiToken>;

export const DELETE = withAuth<{ id: string }>(
  async ({ db, auth, params, now }) => json(await revokeApiToken({ db, actor: auth.actor, id: params.id, now })),
  { role: "owner" },
);
