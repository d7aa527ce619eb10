import { json, withAuth, type JsonOf } from "@/lib/http";
import { restoreConnection } from "@/lib/connections/restore-connection";

export type RestoredConnectionResponse = JsonOf<typeof restoreConnection>;

export const POST = withAuth<{ brand: string; id: string }>(
  async ({ db, auth, params, now }) =>
    json(await restoreConnection({ db, actor: auth.actor, ref: params.brand, id: params.id, now })),
  { role: "owner" },
);
