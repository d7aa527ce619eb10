import { z } from "zod";
import { json, readJson, readQuery, withAuth, type JsonOf } from "@/lib/http";
import { AppError } from "@/lib/errors";
import { createBrandSchema } from "@/lib/schemas/brands";
import { brandDto } from "@/lib/brands/brand-dto";
import { createBrand } from "@/lib/brands/create-brand";
import { listArchivedBrands } from "@/lib/brands/list-archived-brands";
import { roleAtLeast } from "@/lib/workspaces/roles";
import { listBrands } from "@/lib/brands/list-brands";
import { msg } from "@/lib/i18n/render-text";

export type CreatedBrandResponse = JsonOf<typeof brandDto>;

const listQuery = z.object({ archived: z.enum(["true", "false"]).default("false") });

export const GET = withAuth(async ({ req, db, auth }) => {
  if (readQuery(req, listQuery).archived === "true") {
    if (!roleAtLeast(auth.role, "owner"))
      throw new AppError("forbidden", msg("errors.brands.archivedOwners", { role: auth.role }));
    return json({ brands: await listArchivedBrands({ db, workspaceId: auth.workspaceId }) });
  }
  const brands = await listBrands({ db, workspaceId: auth.workspaceId });
  return json({ brands: brands.map(brandDto) });
});

export const POST = withAuth(
  async ({ req, db, auth }) => {
    const input = await readJson(req, createBrandSchema);
    return json(brandDto(await createBrand({ db, actor: auth.actor, input })), 201);
  },
  { role: "editor" },
);
