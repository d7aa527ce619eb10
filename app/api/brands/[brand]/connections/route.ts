import { keyRingFromEnv } from "@/lib/crypto/secret-box";
import { json, readJson, withAuth } from "@/lib/http";
import { createConnection } from "@/lib/connections/create-connection";
import { listConnections } from "@/lib/connections/list-connections";
import { createConnectionSchema } from "@/lib/schemas/orchestrator";

type P = { brand: string };

export const GET = withAuth<P>(async ({ db, auth, params, now }) =>
  json(await listConnections({ db, workspaceId: auth.workspaceId, ref: params.brand, now })),
);

export const POST = withAuth<P>(
  async ({ req, db, auth, params }) => {
    const input = await readJson(req, createConnectionSchema);
    return json(
      await createConnection({ db, actor: auth.actor, ref: params.brand, input, keyRing: keyRingFromEnv() }),
      201,
    );
  },
  { role: "owner" },
);
