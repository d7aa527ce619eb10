import { json, withAuth, type JsonOf } from "@/lib/http";
import { restoreBrand } from "@/lib/brands/restore-brand";

export type RestoredBrandResponse = JsonOf<typeof restoreBrand>;

export const POST = withAuth<{ brand: string }>(
  async ({ db, auth, params, now }) => json(await restoreBrand({ db, actor: auth.actor, ref: params.brand, now })),
  { role: "owner" },
);
