import { json, withAuth } from "@/lib/http";
import { restoreBrand } from "@/lib/brands/restore-brand";

export const POST = withAuth<{ brand: string }>(
  async ({ db, auth, params, now }) => json(await restoreBrand({ db, actor: auth.actor, ref: params.brand, now })),
  { role: "owner" },
);
