import { json, readJson, withAuth, type JsonOf } from "@/lib/http";
import { updateBrandSchema } from "@/lib/schemas/brands";
import { brandDto } from "@/lib/brands/brand-dto";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { updateBrand } from "@/lib/brands/update-brand";
import { archiveBrand } from "@/lib/brands/archive-brand";

export type BrandResponse = JsonOf<typeof brandDto>;
export type ArchivedBrandResponse = JsonOf<typeof archiveBrand>;

type P = { brand: string };

export const GET = withAuth<P>(async ({ db, auth, params }) =>
  json(brandDto(await resolveBrand({ db, workspaceId: auth.workspaceId, ref: params.brand }))),
);

export const PATCH = withAuth<P>(
  async ({ req, db, auth, params }) => {
    const input = await readJson(req, updateBrandSchema);
    return json(brandDto(await updateBrand({ db, actor: auth.actor, ref: params.brand, input })));
  },
  { role: "editor" },
);

export const DELETE = withAuth<P>(
  async ({ db, auth, params, now }) => json(await archiveBrand({ db, actor: auth.actor, ref: params.brand, now })),
  { role: "owner" },
);
