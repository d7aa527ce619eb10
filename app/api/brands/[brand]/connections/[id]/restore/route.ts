import { json, withAuth, type JsonOf } from "@/lib/http";
import { restoreConnection } from "@/lib/connections/restore-connection";
import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";
import { notifyContextFromEnv } from "@/lib/wiring/notify-deps";

export type RestoredConnectionResponse = JsonOf<typeof restoreConnection>;

export const POST = withAuth<{ brand: string; id: string }>(
  async ({ db, auth, params, now }) =>
    json(
      await restoreConnection({
        db,
        actor: auth.actor,
        ref: params.brand,
        id: params.id,
        now,
        check: {
          keyRing: keyRingFromEnv(),
          clientFor: (n) => createOAuthClient(n),
          identityFor: (n) => createOAuthClient(n, { identityOnly: true }),
          notify: notifyContextFromEnv(),
        },
      }),
    ),
  { role: "owner" },
);
