import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { createConnection } from "@/lib/connections/create-connection";
import { listConnections } from "@/lib/connections/list-connections";
import { createConnectionSchema } from "@/lib/schemas/orchestrator";
import { createOAuthClient } from "@/lib/wiring/oauth-clients";

export type ConnectionsResponse = JsonOf<typeof listConnections>;
export type CreatedConnectionResponse = JsonOf<typeof createConnection>;

type P = { brand: string };

export const GET = withAuth<P>(async ({ db, auth, params, now }) =>
  json(await listConnections({ db, workspaceId: auth.workspaceId, ref: params.brand, now })),
);

export const POST = withAuth<P>(
  async ({ req, db, auth, params, now }) => {
    const input = await readJson(req, createConnectionSchema);
    const identityClient =
      input.platform === "sandbox" ? null : createOAuthClient(input.platform, { identityOnly: true });
    return json(
      await createConnection({
        db,
        actor: auth.actor,
        ref: params.brand,
        input,
        keyRing: keyRingFromEnv(),
        identityClient,
        now,
      }),
      201,
    );
  },
  { role: "owner" },
);
