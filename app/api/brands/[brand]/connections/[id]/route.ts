import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { json, withAuth, type JsonOf } from "@/lib/http";
import { archiveConnection } from "@/lib/connections/archive-connection";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";

export type ArchivedConnectionResponse = JsonOf<typeof archiveConnection>;

export const DELETE = withAuth<{ brand: string; id: string }>(
  async ({ db, auth, params, now }) =>
    json(
      await archiveConnection({
        db,
        actor: auth.actor,
        ref: params.brand,
        id: params.id,
        now,
        keyRing: keyRingFromEnv(),
        clientFor: (platform) => createOAuthClient(platform),
      }),
    ),
  { role: "owner" },
);
