import { json, withAuth } from "@/lib/http";
import { archiveConnection } from "@/lib/connections/archive-connection";

export const DELETE = withAuth<{ brand: string; id: string }>(
  async ({ db, auth, params, now }) =>
    json(await archiveConnection({ db, actor: auth.actor, ref: params.brand, id: params.id, now })),
  { role: "owner" },
);
