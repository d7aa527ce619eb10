import { json, withAuth } from "@/lib/http";
import { deleteConnection } from "@/lib/connections/delete-connection";

export const DELETE = withAuth<{ brand: string; id: string }>(
  async ({ db, auth, params }) => {
    await deleteConnection({ db, actor: auth.actor, ref: params.brand, id: params.id });
    return json({ deleted: true });
  },
  { role: "owner" },
);
