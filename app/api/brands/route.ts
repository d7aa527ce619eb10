import { json, readJson, withAuth } from "@/lib/http";
import { createBrandSchema } from "@/lib/schemas/brands";
import { brandDto } from "@/lib/brands/brand-dto";
import { createBrand } from "@/lib/brands/create-brand";

export const GET = withAuth(async ({ db, auth }) => {
  const brands = await db.brand.findMany({ where: { workspaceId: auth.workspaceId }, orderBy: { name: "asc" } });
  return json({ brands: brands.map(brandDto) });
});

export const POST = withAuth(
  async ({ req, db, auth }) => {
    const input = await readJson(req, createBrandSchema);
    return json(brandDto(await createBrand({ db, actor: auth.actor, input })), 201);
  },
  { role: "editor" },
);
