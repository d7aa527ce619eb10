import { json, readJson, withAuth } from "@/lib/http";
import { updateBrandSchema } from "@/lib/schemas/brands";
import { brandDto } from "@/lib/brands/brand-dto";
import { resolveBrand } from "@/lib/brands/resolve-brand";
import { deleteBrand } from "@/lib/brands/delete-brand";
import { updateBrand } from "@/lib/brands/update-brand";

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
  async ({ db, auth, params }) => {
    await deleteBrand({ db, actor: auth.actor, ref: params.brand });
    return json({ deleted: true });
  },
  { role: "owner" },
);
