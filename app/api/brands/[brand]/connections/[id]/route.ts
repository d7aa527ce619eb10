import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { json, withAuth } from "@/lib/http";
import { deleteConnection } from "@/lib/connections/delete-connection";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";

export const DELETE = withAuth<{ brand: string; id: string }>(
  async ({ db, auth, params }) => {
    await deleteConnection({
      db,
      actor: auth.actor,
      ref: params.brand,
      id: params.id,
      keyRing: keyRingFromEnv(),
      clientFor: (platform) => createOAuthClient(platform),
    });
    return json({ deleted: true });
  },
  { role: "owner" },
);
