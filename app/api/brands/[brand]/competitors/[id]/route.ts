import { json, withAuth } from "@/lib/http";
import { removeCompetitor } from "@/lib/listening/remove-competitor";

export const DELETE = withAuth<{ brand: string; id: string }>(
  async ({ db, auth, params }) =>
    json(await removeCompetitor({ db, actor: auth.actor, ref: params.brand, id: params.id })),
  { role: "editor" },
);
